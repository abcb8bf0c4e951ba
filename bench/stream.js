// Stream throughput, run by node and node4j alike (bench/compare.sh runs both
// and prints the ratios); see bench/harness.js for the knobs and the output.
'use strict';
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const { Readable, Transform, Writable } = require('stream');
const { scale, MiB, measure, withScratchDir, makeFile } = require('./harness');

async function main(dir) {
  const bytes = Math.round(1024 * MiB * scale);
  const input = path.join(dir, 'in.bin');
  const output = path.join(dir, 'out.bin');
  makeFile(input, bytes, 'stream bench ');

  // Every byte passes through JS: the Transform flips one bit of each chunk's first byte.
  await measure(`pipeline-file-transform-file-${bytes >> 20}MiB`, () => pipeline(
    fs.createReadStream(input),
    new Transform({
      transform(data, encoding, callback) {
        data[0] ^= 1;
        callback(null, data);
      },
    }),
    fs.createWriteStream(output),
  ));

  const objects = Math.round(10_000_000 * scale);
  await measure(`objectMode-pipeline-${objects}-objects`, () => {
    let i = 0;
    let sum = 0;
    return pipeline(
      new Readable({
        objectMode: true,
        read() {
          for (let n = 0; n < 1000 && i < objects; n++) this.push({ i: i++ });
          if (i >= objects) this.push(null);
        },
      }),
      new Transform({
        objectMode: true,
        transform(obj, encoding, callback) {
          callback(null, obj.i & 1 ? obj : { i: obj.i + 1 });
        },
      }),
      new Writable({
        objectMode: true,
        write(obj, encoding, callback) {
          sum += obj.i;
          callback();
        },
      }),
    );
  });

  const items = Math.round(1_000_000 * scale);
  await measure(`for-await-readable-${items}-items`, async () => {
    let sum = 0;
    for await (const n of Readable.from(numbers(items))) sum += n;
    return sum;
  });
  await measure(`for-await-file-${bytes >> 20}MiB`, async () => {
    let total = 0;
    for await (const data of fs.createReadStream(input, { highWaterMark: 256 * 1024 })) total += data.length;
    return total;
  });
}

function* numbers(n) {
  for (let i = 0; i < n; i++) yield i;
}

withScratchDir('node4j-bench-stream-', main);
