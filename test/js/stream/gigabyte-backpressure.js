// 1 GiB through a slow Transform: under backpressure nothing is lost,
// duplicated or reordered. The source makes deterministic bytes; the Transform
// cuts every chunk into uneven pieces and often answers late; the sink hashes
// what arrives (FNV-1a, order-sensitive) and answers late too. The hash must
// equal the hash of the same bytes made directly, and both sides must really
// have pushed back (push() and write() returned false).
'use strict';
const { Readable, Transform, Writable, pipeline } = require('stream');

const CHUNK = 64 * 1024;
// GIGABYTE_TEST_CHUNKS makes it smaller (a quick look); the test is 1 GiB.
const TOTAL = CHUNK * Number(process.env.GIGABYTE_TEST_CHUNKS || 16384);

// The bytes of chunk number seq: a xorshift sequence seeded by seq.
function fill(buf, seq) {
  const words = new Int32Array(buf.buffer, buf.byteOffset, buf.length >> 2);
  let x = Math.imul(seq + 1, 0x9e3779b1) | 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x;
  }
}

function fnv(hash, bytes) {
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
  return hash;
}

let expected = 0x811c9dc5;
{
  const buf = Buffer.alloc(CHUNK);
  for (let seq = 0; seq * CHUNK < TOTAL; seq++) {
    fill(buf, seq);
    expected = fnv(expected, buf);
  }
}

let seq = 0;
let sourcePushedBack = false;
const source = new Readable({
  highWaterMark: 4 * CHUNK,
  read() {
    for (;;) {
      if (seq * CHUNK >= TOTAL) {
        this.push(null);
        return;
      }
      const buf = Buffer.allocUnsafe(CHUNK);
      fill(buf, seq++);
      if (!this.push(buf)) {
        sourcePushedBack = true;
        return;
      }
    }
  },
});

let cut = 0;
const slow = new Transform({
  highWaterMark: CHUNK,
  transform(chunk, encoding, callback) {
    // Uneven pieces: 1 byte up to a whole chunk.
    let at = 0;
    while (at < chunk.length) {
      cut = (cut * 1103515245 + 12345) >>> 0;
      const size = 1 + (cut >>> 8) % chunk.length;
      this.push(chunk.subarray(at, at + size));
      at += size;
    }
    if (cut % 5 === 0) setImmediate(callback);
    else if (cut % 7 === 0) setTimeout(callback, 0);
    else callback();
  },
});

let received = 0;
let hash = 0x811c9dc5;
let writes = 0;
let sinkPushedBack = false;
const sink = new Writable({
  highWaterMark: 2 * CHUNK,
  write(chunk, encoding, callback) {
    hash = fnv(hash, chunk);
    received += chunk.length;
    if (++writes % 3 === 0) setImmediate(callback);
    else callback();
  },
});
const write = sink.write;
sink.write = function(...args) {
  const ok = write.apply(this, args);
  if (!ok) sinkPushedBack = true;
  return ok;
};

pipeline(source, slow, sink, (err) => {
  console.log('error', err ?? null);
  console.log('bytes', received === TOTAL, received);
  console.log('digest matches', hash === expected);
  console.log('source pushed back', sourcePushedBack, 'sink pushed back', sinkPushedBack);
});
