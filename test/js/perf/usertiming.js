// performance.mark/measure, the timeline getters, observers and their errors
// (no timings printed: only names, types, order and derived durations).
'use strict';
const { performance, PerformanceObserver, PerformanceMark, PerformanceEntry } = require('perf_hooks');

const a = performance.mark('a', { startTime: 10, detail: { x: 1 } });
console.log(a.name, a.entryType, a.startTime, a.duration, a.detail, a instanceof PerformanceEntry);
performance.mark('b', { startTime: 25 });
const m = performance.measure('a-b', 'a', 'b');
console.log(m.entryType, m.startTime, m.duration, m.detail);
console.log(performance.measure('opt', { start: 5, duration: 7, detail: 'd' }).toJSON());
console.log(performance.measure('end', { end: 30, duration: 4 }).startTime);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
console.log(performance.getEntriesByType('mark').map((e) => e.name));
console.log(performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'measure').length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMeasures();
console.log(performance.getEntriesByType('measure').length);
console.log(new PerformanceMark('standalone', { startTime: 3 }).toJSON());

for (const f of [
  () => performance.mark('x', { startTime: -1 }),
  () => performance.measure('m', 'nope'),
  () => performance.measure('m', { start: 1 }, 'b'),
  () => performance.measure('m', { start: 1, end: 2, duration: 1 }),
  () => new PerformanceEntry(),
  () => performance.mark(),
  () => new PerformanceObserver(),
  () => new PerformanceObserver(() => {}).observe(),
  () => new PerformanceObserver(() => {}).observe({ entryTypes: ['mark'], type: 'mark' }),
]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}

console.log(PerformanceObserver.supportedEntryTypes);
const obs = new PerformanceObserver((list, observer) => {
  console.log('observer', list.getEntries().map((e) => e.name), observer === obs);
  console.log(list.getEntriesByType('measure').map((e) => e.name), list.getEntriesByName('o1').length);
  obs.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('o1', { startTime: 1 });
performance.measure('o2', { start: 0, end: 2 });
console.log('sync end');
setImmediate(() => console.log('immediate after'));

const buffered = new PerformanceObserver((list) => {
  console.log('buffered', list.getEntries().map((e) => e.name));
  buffered.disconnect();
});
buffered.observe({ type: 'mark', buffered: true });
