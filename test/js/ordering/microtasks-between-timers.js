// Ticks and microtasks drain after each timer callback, not after the whole timer list.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick from timer 1'));
  Promise.resolve().then(() => console.log('promise from timer 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => console.log('tick from timer 2'));
  Promise.resolve().then(() => console.log('promise from timer 2'));
}, 0);
