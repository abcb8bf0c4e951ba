// Inside a timer callback immediates come first; an immediate queued from an
// immediate waits for the next check phase, after this batch.
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate A');
    setImmediate(() => console.log('immediate C (from A)'));
    process.nextTick(() => console.log('tick from A'));
  });
  setImmediate(() => console.log('immediate B'));
}, 0);
