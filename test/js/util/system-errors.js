'use strict';
// util.getSystemErrorName/Message/Map and the errno exception helpers.
const util = require('util');
for (const n of [-1, -2, -13, -98, -111, -110, -4095, -99999]) {
  console.log(n, util.getSystemErrorName(n), util.getSystemErrorMessage(n));
}
for (const bad of [0, 1, -1.5, 'x', NaN]) {
  try { util.getSystemErrorName(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size, map.get(-2));
const e1 = util._errnoException(-2, 'open', 'extra');
console.log(e1.message, e1.code, e1.errno, e1.syscall);
const e2 = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, 'local');
console.log(e2.message, e2.code, e2.address, e2.port);
console.log(util.convertProcessSignalToExitCode('SIGKILL'));
try { util.convertProcessSignalToExitCode('SIGNOPE'); } catch (e) { console.log(e.code); }
