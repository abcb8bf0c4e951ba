// A tick scheduled from a tick runs before any microtask.
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 1.1'));
  Promise.resolve().then(() => console.log('promise from tick 1'));
});
process.nextTick(() => {
  console.log('tick 2');
  process.nextTick(() => {
    console.log('tick 2.1');
    process.nextTick(() => console.log('tick 2.1.1'));
  });
});
Promise.resolve().then(() => console.log('promise top'));
