// A rejection that gets its handler in a process.nextTick scheduled from a
// microtask is handled: node decides after the tick queue has run, not at
// the microtask checkpoint where the engine first sees it unhandled.
'use strict';
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
(async () => {
  await null;
  const p = Promise.reject(new Error('handled by a tick'));
  process.nextTick(() => p.catch((e) => console.log('caught', e.message)));
})();
setTimeout(() => {
  Promise.resolve().then(() => {
    const q = Promise.reject(new Error('never handled'));
    void q;
  });
}, 5);
