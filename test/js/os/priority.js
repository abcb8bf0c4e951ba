// getPriority/setPriority: validation like node, SystemError shape on failure.
'use strict';
const os = require('os');
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const v of ['x', 1.5, 2 ** 31, -(2 ** 31) - 1, null, {}, NaN, Infinity, 1n, true]) {
  attempt(`getPriority(${typeof v === 'bigint' ? '1n' : String(v)})`, () => os.getPriority(v));
}
const mine = os.getPriority();
console.log(Number.isInteger(mine), mine >= -20 && mine <= 19, os.getPriority(0) === mine,
  os.getPriority(process.pid) === mine, os.getPriority(undefined) === mine);
for (const [a, b] of [['x', 1], [0, 'x'], [0, 20], [0, -21], [0, 1.5], [undefined, undefined], [0, null],
  [2 ** 31, 0], [null, 0], [0, NaN]]) {
  attempt(`setPriority(${a}, ${b})`, () => os.setPriority(a, b));
}
attempt('setPriority(1.5)', () => os.setPriority(1.5));
attempt('setPriority(50)', () => os.setPriority(50));
attempt('setPriority("5")', () => os.setPriority('5'));
attempt('setPriority(mine)', () => os.setPriority(mine));
attempt('setPriority(0, mine)', () => os.setPriority(0, mine));
console.log(os.getPriority() === mine);
for (const fn of [() => os.getPriority(-1), () => os.setPriority(-1, 0)]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message);
    console.log(String(e));
    console.log(Object.keys(e), e instanceof Error, e.errno, e.syscall);
    console.log(e.info);
    const d = Object.getOwnPropertyDescriptor(e, 'info');
    console.log(d.writable, d.enumerable, typeof Object.getOwnPropertyDescriptor(e, 'errno').get);
    console.log(e.stack.split('\n')[0]);
    e.errno = 7;
    console.log(e.info.errno);
  }
}
console.log(os.constants.priority.PRIORITY_HIGHEST, os.constants.priority.PRIORITY_LOW);
