// An immediate scheduled from an immediate runs on the next loop iteration,
// after the timers that are already due.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate from immediate 1'));
  process.nextTick(() => console.log('tick'));
});
setImmediate(() => console.log('immediate 2'));
