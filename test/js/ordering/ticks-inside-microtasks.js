// A tick scheduled from a microtask waits until the microtask queue is empty.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => {
    console.log('tick from promise 1');
    Promise.resolve().then(() => console.log('promise from tick'));
  });
  Promise.resolve().then(() => console.log('promise 1.1'));
});
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('microtask 2.1'));
  process.nextTick(() => console.log('tick from microtask 2'));
});
Promise.resolve().then(() => console.log('promise 3'));
