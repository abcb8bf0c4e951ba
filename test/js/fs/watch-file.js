// fs.watchFile/unwatchFile: the StatWatcher reports a missing file at once
// (zeros), then creation, growth and removal; unwatchFile stops it. Each step
// waits for the previous change to be seen, so the test is not about timing.
'use strict';
const fs = require('fs');
const file = require('path').join(require('os').tmpdir(), `node4j-wf-${process.pid}.txt`);
// The file appears whole (renamed into place): a poll between writeFileSync's
// open and write would otherwise see an extra, empty version under load.
const steps = [
  () => { fs.writeFileSync(`${file}.tmp`, 'abc'); fs.renameSync(`${file}.tmp`, file); },
  () => fs.appendFileSync(file, 'de'),
  () => fs.unlinkSync(file),
  () => { fs.unwatchFile(file); console.log('done'); },
];
const w = fs.watchFile(file, { interval: 20 }, (c, p) => {
  console.log('change', c.size, p.size, c.mtimeMs > 0, p.mtimeMs > 0, c.isFile(), Object.keys(c).length);
  setTimeout(steps.shift(), 30);
});
console.log(w.constructor.name, typeof w.ref, typeof w.unref, Object.getPrototypeOf(Object.getPrototypeOf(w)).constructor.name);
w.on('stop', () => console.log('stop'));
