// A rejection handled within the same microtask drain is not reported.
const p = Promise.reject(new Error('caught later'));
process.nextTick(() => {
  p.catch((e) => console.log('caught: ' + e.message));
});
queueMicrotask(() => {
  Promise.reject(new Error('x')).catch(() => console.log('caught in microtask'));
});
process.on('unhandledRejection', () => console.log('unhandledRejection: wrong'));
process.on('exit', (code) => console.log('exit ' + code));
