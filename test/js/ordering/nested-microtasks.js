// Promise chains and nested queueMicrotask interleave by FIFO.
Promise.resolve()
  .then(() => console.log('a1'))
  .then(() => console.log('a2'))
  .then(() => console.log('a3'));
Promise.resolve()
  .then(() => console.log('b1'))
  .then(() => console.log('b2'));
queueMicrotask(() => {
  console.log('q1');
  queueMicrotask(() => {
    console.log('q1.1');
    queueMicrotask(() => console.log('q1.1.1'));
  });
});
const thenable = { then(resolve) { console.log('thenable then'); resolve('x'); } };
Promise.resolve(thenable).then(() => console.log('thenable resolved'));
