// fs.watch on a file and on its directory: which events (and filenames) a
// sequence of file operations gives, in the kernel's order. Each step waits
// for the events it must cause, then for quiet, before the next one; every
// operation is one that makes exactly one inotify record per watch (append,
// not truncate-and-write), so the kernel never merges two of them.
'use strict';
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'node4j-watch-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'x');
const base = path.basename(dir);

let seen = 0;
let wanted = 0;
let next = null;
function log(who) {
  return (eventType, filename) => {
    console.log(who, eventType, filename === base ? '<dir>' : filename);
    if (++seen === wanted && next) setTimeout(next, 50);
  };
}

const fileWatcher = fs.watch(file, log('file'));
const dirWatcher = fs.watch(dir, { encoding: 'buffer' }, (eventType, filename) => {
  const name = String(filename) === base ? '<dir>' : String(filename);
  log('dir')(eventType, `${Buffer.isBuffer(filename) ? 'buf:' : 'str:'}${name}`);
});
fileWatcher.on('close', () => console.log('file close'));
dirWatcher.on('close', () => console.log('dir close'));
console.log(fileWatcher.constructor.name, fileWatcher.ref() === fileWatcher, fileWatcher.unref() === fileWatcher);
fileWatcher.ref();

const steps = [
  ['append', 2, () => fs.appendFileSync(file, 'y')],
  ['chmod', 2, () => fs.chmodSync(file, 0o600)],
  ['create b', 1, () => fs.closeSync(fs.openSync(path.join(dir, 'b.txt'), 'wx'))],
  ['rename b c', 2, () => fs.renameSync(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'))],
  ['mkdir sub', 1, () => fs.mkdirSync(path.join(dir, 'sub'))],
  ['unlink a', 4, () => fs.unlinkSync(file)],
  ['recreate a', 1, () => fs.closeSync(fs.openSync(file, 'wx'))],
  ['close file watcher', 0, () => fileWatcher.close()],
  ['unlink a again', 1, () => fs.unlinkSync(file)],
  ['rm dir', 4, () => fs.rmSync(dir, { recursive: true })],
  ['close dir watcher', 0, () => { dirWatcher.close(); dirWatcher.close(); }],
];
function run() {
  const step = steps.shift();
  if (!step) return;
  const [label, count, op] = step;
  console.log('--', label);
  wanted = seen + count;
  next = run;
  op();
  if (count === 0) setTimeout(run, 50);
}
setTimeout(run, 50);
