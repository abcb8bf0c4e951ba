// fs.watch(dir, { recursive: true }): filenames relative to the root, new
// directories watched as they appear, symbolic links not followed. Each step
// makes one kind of change and waits for its events before the next.
'use strict';
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(require('os').tmpdir(), 'node4j-watchr-'));
fs.mkdirSync(path.join(root, 'sub'));
fs.writeFileSync(path.join(root, 'sub', 'old'), 'x');
const outside = fs.mkdtempSync(path.join(require('os').tmpdir(), 'node4j-watchr-out-'));

let seen = 0;
let wanted = 0;
const watcher = fs.watch(root, { recursive: true }, (eventType, filename) => {
  console.log(eventType, filename);
  if (++seen === wanted) setTimeout(run, 100);
});
watcher.on('close', () => console.log('close'));

const touch = (p) => fs.closeSync(fs.openSync(p, 'wx'));
const steps = [
  ['append sub/old', 1, () => fs.appendFileSync(path.join(root, 'sub', 'old'), 'y')],
  ['create a.txt', 1, () => touch(path.join(root, 'a.txt'))],
  ['create sub/new', 1, () => touch(path.join(root, 'sub', 'new'))],
  ['chmod sub/new', 1, () => fs.chmodSync(path.join(root, 'sub', 'new'), 0o600)],
  ['mkdir n1', 1, () => fs.mkdirSync(path.join(root, 'n1'))],
  ['create n1/f', 1, () => touch(path.join(root, 'n1', 'f'))],
  ['append n1/f', 1, () => fs.appendFileSync(path.join(root, 'n1', 'f'), 'z')],
  ['symlink to outside', 1, () => fs.symlinkSync(outside, path.join(root, 'link'))],
  ['create outside/x (not seen) and sub/y', 1, () => {
    touch(path.join(outside, 'x'));
    touch(path.join(root, 'sub', 'y'));
  }],
  ['unlink a.txt', 1, () => fs.unlinkSync(path.join(root, 'a.txt'))],
  ['close', 0, () => {
    watcher.close();
    fs.rmSync(root, { recursive: true });
    fs.rmSync(outside, { recursive: true });
  }],
];
function run() {
  const step = steps.shift();
  if (!step) return;
  const [label, count, op] = step;
  console.log('--', label);
  wanted = seen + count;
  op();
}
setTimeout(run, 100);
