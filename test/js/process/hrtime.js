// process.hrtime shapes and errors; hrtime.bigint type.
'use strict';
const t = process.hrtime();
console.log(Array.isArray(t), t.length, t.every(Number.isInteger));
const d = process.hrtime(t);
console.log(d.length, d[0] >= 0, d[1] >= 0 && d[1] < 1e9, Number.isInteger(d[1]));
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log(typeof b1, b2 >= b1);
const later = process.hrtime([t[0] - 1, t[1]]);
console.log(later[0] >= 1);
for (const bad of [[1], [1, 2, 3], 'x', null, {}, 5]) {
  try {
    process.hrtime(bad);
    console.log('accepted');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(typeof process.uptime(), process.uptime() >= 0);
