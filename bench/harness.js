// What bench/fs.js and bench/stream.js share: the knobs, a scratch directory and
// the measuring loop. Each case prints `case <name> <ms>` (bench/compare.sh reads
// those), the best of BENCH_RUNS runs (default 3) after one warm-up run.
//   BENCH_SCALE=0.1 shrinks every size (a quick look); default 1 = full size.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const scale = Number(process.env.BENCH_SCALE || 1);
const runs = Number(process.env.BENCH_RUNS || 3);
const MiB = 1 << 20;

async function measure(name, fn) {
  await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`case ${name} ${best.toFixed(1)}`);
}

// A fresh directory under BENCH_DIR (or the temp dir), removed when main() ends.
async function withScratchDir(prefix, main) {
  const dir = fs.mkdtempSync(path.join(process.env.BENCH_DIR || os.tmpdir(), prefix));
  try {
    await main(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// A file of `bytes` bytes, written in 4 MiB chunks.
function makeFile(file, bytes, text) {
  const chunk = Buffer.alloc(4 * MiB, text);
  const fd = fs.openSync(file, 'w');
  for (let left = bytes; left > 0; left -= chunk.length) fs.writeSync(fd, chunk, 0, Math.min(left, chunk.length));
  fs.closeSync(fd);
}

module.exports = { scale, MiB, measure, withScratchDir, makeFile };
