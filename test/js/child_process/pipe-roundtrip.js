// stdin -> cat -> stdout with more than 1 MiB, checked by digest; stderr apart.
'use strict';
const { spawn } = require('child_process');

const chunks = [];
for (let i = 0; i < 40; i++) chunks.push(Buffer.alloc(40000, String.fromCharCode(97 + (i % 26))));
const input = Buffer.concat(chunks);
// FNV-1a over the bytes: a digest that needs no crypto module.
function digest(buf) {
  let h = 0x811c9dc5;
  for (let i = 0; i < buf.length; i++) h = Math.imul(h ^ buf[i], 0x01000193) >>> 0;
  return h.toString(16);
}
const expected = digest(input);

const cat = spawn('cat');
const received = [];
let bytes = 0;
cat.stdout.on('data', (chunk) => {
  received.push(chunk);
  bytes += chunk.length;
});
let ended = false;
let exit;
cat.stdout.on('end', () => { ended = true; });
cat.on('exit', (code, signal) => { exit = `${code} ${signal}`; });
cat.on('close', (code) => {
  const got = digest(Buffer.concat(received));
  console.log('close', code, 'exit', exit, 'ended', ended, 'bytes', bytes, 'digest matches', got === expected);
  second();
});
for (const chunk of chunks) cat.stdin.write(chunk);
cat.stdin.end();

function second() {
  const both = spawn('sh', ['-c', 'echo to-out; echo to-err 1>&2; read line; echo "got $line"']);
  both.stdout.setEncoding('utf8');
  both.stderr.setEncoding('utf8');
  let out = '';
  let err = '';
  both.stdout.on('data', (d) => { out += d; });
  both.stderr.on('data', (d) => { err += d; });
  both.stdin.end('hello\n');
  both.on('close', (code) => {
    console.log('both', code, JSON.stringify(out), JSON.stringify(err));
    third();
  });
}

// A paused stdout: the child blocks on a full pipe until we read again.
function third() {
  const yes = spawn('head', ['-c', '3000000', '/dev/zero']);
  yes.stdout.pause();
  let total = 0;
  setImmediate(() => {
    yes.stdout.on('data', (d) => { total += d.length; });
    yes.stdout.resume();
  });
  yes.on('close', (code) => console.log('head', code, total));
}
