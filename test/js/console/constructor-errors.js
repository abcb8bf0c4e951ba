// Validation errors of the Console constructor.
'use strict';
const { Console } = require('console');
const s = { write() {} };
const tries = [
  () => new Console(),
  () => new Console({}),
  () => new Console({ stdout: s, stderr: {} }),
  () => new Console({ stdout: {}, stderr: s }),
  () => new Console({ stdout: s, colorMode: 'x' }),
  () => new Console({ stdout: s, groupIndentation: -1 }),
  () => new Console({ stdout: s, groupIndentation: 1001 }),
  () => new Console({ stdout: s, groupIndentation: 'a' }),
  () => new Console({ stdout: s, colorMode: true, inspectOptions: { colors: true } }),
  () => new Console({ stdout: s, inspectOptions: 5 }),
  () => new Console(s, { write: 1 }),
];
for (const t of tries) {
  try {
    t();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(typeof new Console({ stdout: s, colorMode: false, groupIndentation: 0 }).log);
