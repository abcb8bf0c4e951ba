'use strict';
// TracingChannel: the event order of traceSync, tracePromise and traceCallback.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('t');
console.log(tc.start.name, tc.hasSubscribers, Object.keys(tc));
const log = (ev) => (ctx) => console.log(ev, JSON.stringify(ctx, (k, v) => (v instanceof Error ? `Error(${v.message})` : v)));
const handlers = { start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') };
console.log(tc.traceSync(() => 'unsubscribed'));
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log(tc.traceSync(function (a) { return a + this.n; }, { id: 1 }, { n: 1 }, 1));
try { tc.traceSync(() => { throw new Error('sync'); }, { id: 2 }); } catch (e) { console.log('caught', e.message); }
tc.traceCallback((a, cb) => setImmediate(cb, null, a * 2), 1, { id: 3 }, null, 21, (err, r) => console.log('callback', err, r));
tc.traceCallback((cb) => cb(new Error('cb')), 0, { id: 4 }, null, (err) => console.log('callback err', err.message));
try { tc.traceCallback(() => {}, 0, {}, null, 'not a function'); } catch (e) { console.log(e.code, e.message); }
(async () => {
  console.log('promise', await tc.tracePromise(async (v) => v, { id: 5 }, null, 'ok'));
  try { await tc.tracePromise(async () => { throw new Error('rejected'); }, { id: 6 }); } catch (e) { console.log('caught', e.message); }
  console.log('value', await tc.tracePromise(() => 42, { id: 7 }));
  console.log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
})();
