// TCP on loopback, run by node and node4j alike (bench/compare.sh runs both and
// prints the ratios); see bench/harness.js for the knobs and the output.
//   echo-stream:  one connection streams bytes to an echo server and reads
//                 them all back (write backpressure honoured)
//   pingpong:     100 connections, each sending 64 bytes and waiting for the
//                 echo before the next message
//   idle-conns:   RSS growth of the server process per idle connection with
//                 10,000 connections open (the clients are a child process);
//                 the "ms" column holds bytes
'use strict';
const net = require('net');
const { scale, MiB, measure } = require('./harness');

function echoServer() {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => socket.pipe(socket));
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function connect(port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

async function echoStream(port, bytes) {
  const socket = await connect(port);
  const chunk = Buffer.alloc(64 * 1024, 'net bench ');
  let received = 0;
  const done = new Promise((resolve) => {
    socket.on('data', (data) => {
      received += data.length;
      if (received >= bytes) resolve();
    });
  });
  let sent = 0;
  while (sent < bytes) {
    const n = Math.min(chunk.length, bytes - sent);
    sent += n;
    if (!socket.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
      await new Promise((resolve) => socket.once('drain', resolve));
    }
  }
  await done;
  socket.destroy();
}

async function pingPong(sockets, rounds) {
  const message = Buffer.alloc(64, 'p');
  await Promise.all(sockets.map((socket) => new Promise((resolve) => {
    let left = rounds;
    let pending = 0;
    const onData = (data) => {
      pending -= data.length;
      if (pending > 0) return;
      if (--left === 0) {
        socket.off('data', onData);
        resolve();
        return;
      }
      pending = message.length;
      socket.write(message);
    };
    socket.on('data', onData);
    pending = message.length;
    socket.write(message);
  })));
}

// The connections come from a child process (the same runtime), so that this
// process holds only the server ends and the file limit covers 10,000 of them.
function openFromChild(port, count) {
  const { spawn } = require('child_process');
  const child = spawn(process.execPath, ['-e', `
    const net = require('net');
    const sockets = [];
    (async () => {
      for (let i = 0; i < ${count}; i += 100) {
        const batch = [];
        for (let j = i; j < Math.min(${count}, i + 100); j++) {
          batch.push(new Promise((resolve, reject) => {
            const s = net.connect(${port}, '127.0.0.1', () => resolve(s));
            s.on('error', reject);
          }));
        }
        sockets.push(...await Promise.all(batch));
      }
      process.stdout.write('open\\n');
      process.stdin.on('data', () => {}).on('end', () => process.exit(0));
    })();
  `], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout.once('data', () => resolve(child));
  });
}

async function idleConnections(count) {
  const accepted = [];
  const server = net.createServer((socket) => accepted.push(socket));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  // A first round loads and compiles the code paths and grows the heap.
  let child = await openFromChild(port, Math.min(count, 1000));
  child.stdin.end();
  await new Promise((resolve) => child.on('exit', resolve));
  for (const socket of accepted.splice(0)) socket.destroy();
  await new Promise((resolve) => setTimeout(resolve, 500));

  const before = process.memoryUsage().rss;
  child = await openFromChild(port, count);
  while (accepted.length < count) await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const perConnection = (process.memoryUsage().rss - before) / count;
  child.stdin.end();
  await new Promise((resolve) => child.on('exit', resolve));
  for (const socket of accepted) socket.destroy();
  server.close();
  return perConnection;
}

async function main() {
  const server = await echoServer();
  const { port } = server.address();

  const bytes = Math.round(1024 * MiB * scale);
  await measure(`echo-stream-${bytes >> 20}MiB`, () => echoStream(port, bytes));

  const rounds = Math.max(1, Math.round(1000 * scale));
  const sockets = await Promise.all(Array.from({ length: 100 }, () => connect(port)));
  for (const socket of sockets) socket.setNoDelay(true);
  await measure(`pingpong-100conns-${rounds}rounds-64B`, () => pingPong(sockets, rounds));
  for (const socket of sockets) socket.destroy();

  server.close();

  const count = Math.round(10000 * Math.min(1, scale * 4));
  const perConnection = await idleConnections(count);
  console.log(`case idle-${count}-conns-rss-bytes-per-conn ${perConnection.toFixed(0)}`);
}

main();
