// process.exit() stops immediately: no pending ticks, microtasks, timers.
setTimeout(() => console.log('timer: wrong'), 0);
setImmediate(() => console.log('immediate: wrong'));
process.nextTick(() => console.log('tick: wrong'));
Promise.resolve().then(() => console.log('promise: wrong'));
process.on('exit', (code) => console.log('exit ' + code));
console.log('before exit');
process.exit(2);
console.log('after exit: wrong');
