// Extra arguments are passed to timer, interval and immediate callbacks.
setTimeout((a, b, c) => console.log('timeout ' + a + ' ' + b + ' ' + c), 0, 'x', 2, true);
setImmediate((a, b) => console.log('immediate ' + a + ' ' + b), 'y', null);
const i = setInterval((a) => {
  console.log('interval ' + a);
  clearInterval(i);
}, 0, 'z');
process.nextTick((a, b) => console.log('tick ' + a + ' ' + b), 'p', 'q');
