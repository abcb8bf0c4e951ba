// memoryUsage, cpuUsage and resourceUsage: keys and types, never values.
'use strict';
const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => typeof v === 'number' && v >= 0));
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);

const c = process.cpuUsage();
console.log(Object.keys(c), typeof c.user, typeof c.system);
console.log(Number.isInteger(c.user) && c.user >= 0, Number.isInteger(c.system) && c.system >= 0);
let x = 0;
for (let i = 0; i < 1e6; i++) x += i;
const diff = process.cpuUsage(c);
console.log(Object.keys(diff), diff.user >= 0, diff.system >= 0, x > 0);
for (const bad of [1, 'x', { user: 1 }, { user: -1, system: 0 }, { user: 'a', system: 0 },
  { user: 1, system: NaN }, { user: 1, system: Infinity }]) {
  try {
    process.cpuUsage(bad);
    console.log('accepted');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(Object.keys(process.cpuUsage(null)));

const r = process.resourceUsage();
console.log(Object.keys(r));
console.log(Object.entries(r).filter(([, v]) => typeof v !== 'number' || v < 0 || !Number.isInteger(v)));
console.log(r.maxRSS > 0, r.maxRSS < process.memoryUsage.rss());
console.log(r.userCPUTime + r.systemCPUTime > 0);
