// The perf globals: descriptors on globalThis, identity with perf_hooks,
// Performance as an EventTarget, nodeTiming's shape, resource timing buffer.
'use strict';
const perfHooks = require('perf_hooks');
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
                    'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, d.enumerable, d.configurable, globalThis[name] === perfHooks[name]);
}
console.log(Object.getOwnPropertyDescriptor(globalThis, 'performance').enumerable, performance === perfHooks.performance);
console.log(performance instanceof EventTarget, typeof performance.onresourcetimingbufferfull);
console.log(Object.keys(perfHooks));
console.log(Object.keys(performance.nodeTiming.toJSON()), performance.nodeTiming.loopStart, performance.nodeTiming.loopExit);
console.log(Object.keys(performance.toJSON()), Object.keys(performance.eventLoopUtilization()));
console.log(performance.timerify(function f(a, b) {}).name, performance.timerify(function f(a, b) {}).length);

const timing = (t) => ({ startTime: t, endTime: t + 1, finalConnectionTimingInfo: null, encodedBodySize: 5, decodedBodySize: 6 });
performance.setResourceTimingBufferSize(1);
performance.addEventListener('resourcetimingbufferfull', (ev) => {
  console.log('event', ev.type, performance.getEntriesByType('resource').length);
  performance.setResourceTimingBufferSize(2);
});
const r = performance.markResourceTiming(timing(1), 'https://a', 'fetch', globalThis, '', {}, 200, '');
performance.markResourceTiming(timing(2), 'https://b', 'fetch', globalThis, '', {}, 200, '');
performance.markResourceTiming(timing(3), 'https://c', 'fetch', globalThis, '', {}, 200, '');
console.log(r.name, r.entryType, r.duration, r.transferSize, r.responseStatus, r.initiatorType);
console.log(performance.getEntriesByType('resource').length);
setTimeout(() => {
  console.log(performance.getEntriesByType('resource').map((e) => e.name));
  console.log(performance.nodeTiming.loopStart > 0, performance.eventLoopUtilization().utilization <= 1);
}, 1);
process.on('exit', () => console.log('exit', performance.nodeTiming.loopExit > 0));
