// A throw inside process.nextTick is uncaught: later ticks and timers do not run.
process.on('exit', (code) => console.log('exit ' + code));
process.nextTick(() => {
  console.log('tick 1');
  throw new Error('tick failure');
});
process.nextTick(() => console.log('tick 2: wrong'));
setTimeout(() => console.log('timer: wrong'), 0);
