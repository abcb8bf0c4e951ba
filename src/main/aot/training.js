// The AOT cache's training run (bin/make-runtime): whatever classes and methods
// this touches start pre-loaded, pre-linked and pre-profiled in every later run.
// So it does what typical programs and the test suites do first: load every
// builtin, format values, move bytes, touch the file system, run the loop, and
// import an ES module.
'use strict';
const { builtinModules } = require('module');
for (const id of builtinModules) {
  try {
    require(id);
  } catch {
    // Builtins node4j does not have yet: the training run only warms what exists.
  }
}
const util = require('util');
const fs = require('fs');
const path = require('path');
const os = require('os');
const assert = require('assert');
const { EventEmitter } = require('events');

const sample = { a: [1, 2, { b: 'c' }], d: new Map([[1, 2]]), e: new Set([3]), f: Buffer.from('hi'), g: 1n };
util.inspect(sample, { depth: 4, colors: true });
util.format('%s %d %j %o', 'x', 1, { y: 2 }, [3]);
assert.deepStrictEqual(structuredClone(sample.a), sample.a);
try {
  assert.strictEqual(1, 2);
} catch (e) {
  String(e.message);
}

const buf = Buffer.alloc(4096, 'node4j');
buf.toString('base64');
buf.toString('hex');
Buffer.from(buf.toString('latin1'), 'latin1').equals(buf);
new TextDecoder().decode(new TextEncoder().encode('héllo'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-aot-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'hello\n');
fs.readFileSync(file, 'utf8');
fs.statSync(file);
fs.readdirSync(dir, { withFileTypes: true });
try {
  fs.readFileSync(path.join(dir, 'missing'));
} catch (e) {
  String(e.code);
}

const emitter = new EventEmitter();
emitter.on('tick', () => {});
emitter.emit('tick');
new URL('https://example.org/a/../b?c=d#e').searchParams.get('c');

fs.readFile(file, () => {
  setTimeout(async () => {
    await Promise.all([1, 2, 3].map(async (n) => n * 2));
    process.nextTick(() => {});
    setImmediate(() => {});
    fs.writeFileSync(path.join(dir, 'm.mjs'), 'export const x = 1; export default import.meta.url;');
    const ns = await import(path.join(dir, 'm.mjs'));
    String(ns.x);
    await fs.promises.readFile(file);
    await trainSockets().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('trained');
  }, 1);
});

// Netty's classes (TCP, UDP) and the name lookup, over loopback: a server
// echoes one message to a client, a UDP socket sends itself a datagram.
function trainSockets() {
  const net = require('net');
  const dgram = require('dgram');
  const dns = require('dns');
  const tcp = new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.pipe(socket));
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1', () => client.end('ping'));
      client.on('data', () => {});
      client.on('error', reject);
      client.on('close', () => server.close(resolve));
    });
  });
  const udp = new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    socket.on('message', () => socket.close(resolve));
    socket.bind(0, '127.0.0.1', () => socket.send('ping', socket.address().port, '127.0.0.1'));
  });
  const lookup = dns.promises.lookup('localhost').catch(() => {});
  const timeout = new Promise((resolve) => setTimeout(resolve, 5000).unref());
  return Promise.race([Promise.all([tcp, udp, lookup]), timeout]);
}
