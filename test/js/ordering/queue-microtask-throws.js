// A throwing queueMicrotask callback is reported as uncaught; other microtasks still ran first.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught: ' + err.message + ' origin: ' + origin);
});
queueMicrotask(() => {
  console.log('microtask 1');
  throw new Error('microtask failure');
});
queueMicrotask(() => console.log('microtask 2'));
setTimeout(() => console.log('timer runs'), 0);
