// Buffer throughput, run by node and node4j alike:
//   bin/node4j bench/buffer.js   /   node bench/buffer.js
// Each case runs for about a second after a warm-up and prints ops/s.
'use strict';
const seconds = Number(process.env.BENCH_SECONDS || 1);
const warmup = Number(process.env.BENCH_WARMUP || 1);

function bench(name, fn) {
  let sink = 0;
  const until = (s) => { const end = performance.now() + s * 1000; let n = 0; while (performance.now() < end) { for (let i = 0; i < 10; i++) sink ^= fn() | 0; n += 10; } return n; };
  until(warmup);
  const start = performance.now();
  const n = until(seconds);
  const rate = n / ((performance.now() - start) / 1000);
  console.log(`${name.padEnd(34)} ${rate.toFixed(rate < 100 ? 1 : 0).padStart(12)} ops/s${sink === 0.5 ? '' : ''}`);
}

const ascii = 'hello world, plain ascii text! '.repeat(33825).slice(0, 1 << 20);
const mixed = 'héllo wörld €uro 😀 '.repeat(47663).slice(0, 1 << 20);
const asciiBuf = Buffer.from(ascii);
const mixedBuf = Buffer.from(mixed);
const b64 = mixedBuf.toString('base64');
const small = 'hello, world';
const smallBuf = Buffer.from(small);
const ints = Buffer.alloc(1 << 16);
for (let i = 0; i < ints.length; i++) ints[i] = i * 7;

bench('utf8 encode 1 MiB ascii', () => Buffer.from(ascii).length);
bench('utf8 encode 1 MiB mixed', () => Buffer.from(mixed).length);
bench('utf8 decode 1 MiB ascii', () => asciiBuf.toString().length);
bench('utf8 decode 1 MiB mixed', () => mixedBuf.toString().length);
bench('base64 encode 1.3 MiB', () => mixedBuf.toString('base64').length);
bench('base64 decode 1.3 MiB', () => Buffer.from(b64, 'base64').length);
bench('hex round trip 64 KiB', () => Buffer.from(ints.toString('hex'), 'hex').length);
bench('readUInt32LE x 16384', () => { let s = 0; for (let i = 0; i < ints.length; i += 4) s += ints.readUInt32LE(i); return s; });
bench('writeUInt32BE x 16384', () => { for (let i = 0; i < ints.length; i += 4) ints.writeUInt32BE(i, i); return ints[5]; });
bench('Buffer.from small string', () => Buffer.from(small).length);
bench('toString small buffer', () => smallBuf.toString().length);
bench('Buffer.concat 100 x 1 KiB', () => { const l = []; for (let i = 0; i < 100; i++) l.push(ints.subarray(i, i + 1024)); return Buffer.concat(l).length; });
bench('indexOf string in 64 KiB', () => ints.indexOf('needle'));
bench('TextDecoder 1 MiB mixed', () => new TextDecoder().decode(mixedBuf).length);
