// fs throughput, run by node and node4j alike (bench/compare.sh runs both and
// prints the ratios); see bench/harness.js for the knobs and the output.
'use strict';
const fs = require('fs');
const path = require('path');
const { scale, MiB, measure, withScratchDir, makeFile } = require('./harness');

async function main(dir) {
  const size100 = Math.round(100 * MiB * scale);
  const size1g = Math.round(1024 * MiB * scale);
  const big = path.join(dir, 'big.bin');
  const huge = path.join(dir, 'huge.bin');
  makeFile(big, size100, 'node4j fs bench ');
  makeFile(huge, size1g, 'node4j fs bench ');

  await measure(`readFile-${size100 >> 20}MiB-async`, () => new Promise((resolve, reject) => {
    fs.readFile(big, (err, data) => (err ? reject(err) : resolve(data.length)));
  }));
  await measure(`readFile-${size100 >> 20}MiB-sync`, () => fs.readFileSync(big).length);
  await measure(`readFile-${size100 >> 20}MiB-promises`, () => fs.promises.readFile(big));

  // A read loop over the whole file with one 64 KiB buffer, as a parser would.
  await measure(`read-loop-${size1g >> 20}MiB-64KiB-sync`, () => {
    const fd = fs.openSync(huge, 'r');
    const buf = Buffer.allocUnsafe(64 * 1024);
    let total = 0;
    let n;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) total += n;
    fs.closeSync(fd);
    return total;
  });
  await measure(`read-loop-${size1g >> 20}MiB-64KiB-async`, () => new Promise((resolve, reject) => {
    fs.open(huge, 'r', (err, fd) => {
      if (err) return reject(err);
      const buf = Buffer.allocUnsafe(64 * 1024);
      const next = () => fs.read(fd, buf, 0, buf.length, null, (err, n) => {
        if (err) return reject(err);
        if (n === 0) return fs.close(fd, () => resolve());
        next();
      });
      next();
    });
  }));

  const stats = Math.round(100000 * scale);
  await measure(`stat-x${stats}-sync`, () => {
    for (let i = 0; i < stats; i++) fs.statSync(big);
  });
  await measure(`stat-x${stats}-async`, () => new Promise((resolve, reject) => {
    // 64 in flight at a time: the pool stays busy without queueing 100k requests.
    let started = 0;
    let done = 0;
    const one = () => {
      if (started === stats) return;
      started++;
      fs.stat(big, (err) => {
        if (err) return reject(err);
        if (++done === stats) return resolve();
        one();
      });
    };
    for (let i = 0; i < 64; i++) one();
  }));

  const entries = Math.round(10000 * scale);
  const many = path.join(dir, 'many');
  fs.mkdirSync(many);
  for (let i = 0; i < entries; i++) fs.writeFileSync(path.join(many, `f${i}`), '');
  await measure(`readdir-${entries}-sync`, () => fs.readdirSync(many).length);
  await measure(`readdir-${entries}-withFileTypes`, () => fs.readdirSync(many, { withFileTypes: true }).length);
  await measure(`readdir-${entries}-async`, () => fs.promises.readdir(many));

  const writes = Math.round(10000 * scale);
  const small = path.join(dir, 'small');
  fs.mkdirSync(small);
  const text = 'a small file of a few bytes\n';
  await measure(`writeFile-x${writes}-sync`, () => {
    for (let i = 0; i < writes; i++) fs.writeFileSync(path.join(small, `w${i}`), text);
  });
  await measure(`writeFile-x${writes}-promises`, async () => {
    for (let i = 0; i < writes; i += 16) {
      const batch = [];
      for (let j = i; j < Math.min(writes, i + 16); j++) batch.push(fs.promises.writeFile(path.join(small, `p${j}`), text));
      await Promise.all(batch);
    }
  });
}

withScratchDir('node4j-bench-fs-', main);
