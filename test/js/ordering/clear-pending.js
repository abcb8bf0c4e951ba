// Cleared timers and immediates never run.
const t = setTimeout(() => console.log('cleared timeout: wrong'), 0);
const i = setImmediate(() => console.log('cleared immediate: wrong'));
setTimeout(() => console.log('kept timeout'), 0);
clearTimeout(t);
clearImmediate(i);
setImmediate(() => console.log('kept immediate'));
clearTimeout(undefined);
clearTimeout(null);
clearImmediate(undefined);
clearInterval(12345);
console.log('done scheduling');
