// 'readable' vs 'data', read(n), objectMode with highWaterMark 0, setEncoding.
'use strict';
const { Readable } = require('stream');
const log = [];

const r = new Readable({ read() {} });
r.push(Buffer.from('hello world'));
r.on('readable', () => {
  let chunk;
  while ((chunk = r.read(3)) !== null) log.push(`read3 ${chunk}`);
  log.push(`readable len=${r.readableLength} ended=${r.readableEnded}`);
});
r.on('end', () => log.push('r end'));
setTimeout(() => r.push(null), 5);

// objectMode, highWaterMark 0: push returns false, each object is read.
const o = new Readable({ objectMode: true, highWaterMark: 0, read() {} });
log.push(`o push ${o.push({ a: 1 })} ${o.push({ b: 2 })}`);
o.on('data', (x) => log.push(`o data ${JSON.stringify(x)}`));
o.on('end', () => log.push('o end'));
o.push(null);

// setEncoding splits multi-byte characters correctly.
const e = new Readable({ read() {} });
e.setEncoding('utf8');
const euro = Buffer.from('€uro');
e.push(euro.subarray(0, 1));
e.push(euro.subarray(1));
e.push(null);
e.on('data', (s) => log.push(`e data ${JSON.stringify(s)} ${typeof s}`));

// pause/resume and isPaused.
const p = new Readable({ read() {} });
log.push(`p flowing=${p.readableFlowing} paused=${p.isPaused()}`);
p.pause();
log.push(`p flowing=${p.readableFlowing} paused=${p.isPaused()}`);
p.resume();
log.push(`p flowing=${p.readableFlowing} paused=${p.isPaused()}`);

// read() after end returns null; errors: bad chunk, unshift after end.
const b = new Readable({ read() {} });
b.on('error', (err) => log.push(`b error ${err.code}: ${err.message}`));
b.push(42);

const u = new Readable({ read() {} });
u.on('error', (err) => log.push(`u error ${err.code}`));
u.on('end', () => { u.unshift('x'); log.push(`u read after end ${u.read()}`); });
u.resume();
u.push(null);

// Missing _read.
const m = new Readable();
m.on('error', (err) => log.push(`m error ${err.code}: ${err.message}`));
m.read();

process.on('exit', () => console.log(log.join('\n')));
