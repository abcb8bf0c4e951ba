// A callback can cancel a sibling that is due in the same phase.
let t2, i2;
setTimeout(() => {
  console.log('timer 1 clears timer 2');
  clearTimeout(t2);
}, 0);
t2 = setTimeout(() => console.log('timer 2: wrong'), 0);
setTimeout(() => {
  console.log('timer 3');
  setImmediate(() => {
    console.log('immediate 1 clears immediate 2');
    clearImmediate(i2);
  });
  i2 = setImmediate(() => console.log('immediate 2: wrong'));
  setImmediate(() => console.log('immediate 3'));
}, 0);
