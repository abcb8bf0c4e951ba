// createHistogram: statistics, percentiles, bigint variants, add/reset, errors.
'use strict';
const { createHistogram, monitorEventLoopDelay, constants } = require('perf_hooks');

const h = createHistogram();
console.log(h.min, h.max, h.count, h.mean, h.stddev, h.exceeds, h.percentiles);
for (const v of [1, 2, 3, 4, 5, 10, 100]) h.record(v);
console.log(h.min, h.max, h.count, h.mean, h.stddev.toFixed(6), h.percentile(50), h.percentileBigInt(99));
console.log(h.percentiles, h.percentilesBigInt);
const h2 = createHistogram();
h2.record(7n);
h2.add(h);
console.log(h2.count, h2.minBigInt, h2.maxBigInt, h2.countBigInt);
h2.reset();
console.log(h2.count, h2.min);
const d = createHistogram();
d.recordDelta();
console.log('after one recordDelta', d.count);
for (const f of [() => h.record(0), () => h.record('1'), () => h.percentile(0), () => createHistogram({ figures: 6 }),
                 () => createHistogram({ lowest: 0 }), () => h.add({}), () => monitorEventLoopDelay({ resolution: 0 })]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const e = monitorEventLoopDelay({ resolution: 5 });
console.log(e.enable(), e.enable(), e.disable(), e.disable(), e.count);
console.log(Object.keys(constants).length, constants.NODE_PERFORMANCE_GC_MAJOR);
