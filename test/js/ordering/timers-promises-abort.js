// An AbortSignal rejects pending timers/promises with AbortError.
const tp = require('timers/promises');
const ac = new AbortController();
tp.setTimeout(1000, 'x', { signal: ac.signal }).then(
  () => console.log('resolved: wrong'),
  (e) => console.log('timeout rejected: ' + e.name + ' ' + e.code));
tp.setImmediate('y', { signal: ac.signal }).then(
  () => console.log('immediate resolved: wrong'),
  (e) => console.log('immediate rejected: ' + e.name + ' ' + e.code));
ac.abort();
console.log('aborted');
const pre = AbortSignal.abort();
tp.setTimeout(10, 'z', { signal: pre }).catch((e) => console.log('pre-aborted: ' + e.name));
const ac2 = new AbortController();
(async () => {
  let n = 0;
  try {
    for await (const _ of tp.setInterval(1, null, { signal: ac2.signal })) {
      n++;
      console.log('interval ' + n);
      if (n === 2) ac2.abort();
    }
  } catch (e) {
    console.log('interval ended: ' + e.name);
  }
})();
