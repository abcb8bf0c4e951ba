// process.cwd / process.chdir: real chdir of the process, errors like node's.
'use strict';
const path = require('path');

const start = process.cwd();
console.log('cwd type', typeof start, path.isAbsolute(start));
process.chdir('..');
console.log('moved up', process.cwd() === path.dirname(start));
process.chdir(start);
console.log('back', process.cwd() === start);

const missing = path.join(start, 'definitely-missing-dir');
try {
  process.chdir(missing);
} catch (err) {
  console.log(err.name, err.code, err.errno, err.syscall);
  console.log(err.message === `ENOENT: no such file or directory, chdir '${start}' -> '${missing}'`);
  console.log(err.path === start, err.dest === missing);
  console.log(Object.keys(err));
}
try {
  process.chdir(__filename);
} catch (err) {
  console.log(err.code, err.errno, err.syscall);
}
for (const bad of [5, null, undefined, {}]) {
  try {
    process.chdir(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log('still', process.cwd() === start);
