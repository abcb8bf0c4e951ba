// The os module's keys, function names and lengths, descriptors, and the
// Symbol.toPrimitive shortcut on the value-returning functions.
'use strict';
const os = require('os');
console.log(Object.keys(os).join(','));
for (const key of Object.keys(os)) {
  const v = os[key];
  if (typeof v !== 'function') continue;
  const d = Object.getOwnPropertyDescriptor(os, key);
  console.log(key, JSON.stringify(v.name), v.length, typeof v[Symbol.toPrimitive],
    d.writable, d.enumerable, d.configurable, Object.hasOwn(v, 'prototype'));
}
for (const key of ['EOL', 'devNull', 'constants']) {
  const d = Object.getOwnPropertyDescriptor(os, key);
  console.log(key, d.writable, d.enumerable, d.configurable, typeof d.value);
}
console.log(JSON.stringify(os.EOL), os.devNull);
console.log(`${os.arch}` === os.arch(), `${os.platform}` === os.platform(), `${os.type}` === os.type());
console.log(`${os.hostname}` === os.hostname(), `${os.homedir}` === os.homedir(), `${os.tmpdir}` === os.tmpdir());
console.log(`${os.endianness}`, `${os.machine}` === os.machine(), `${os.release}` === os.release());
console.log(+os.totalmem === os.totalmem(), +os.availableParallelism === os.availableParallelism());
console.log(require('node:os') === os);
