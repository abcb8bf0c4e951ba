// setInterval repeats until it clears itself from its own callback.
let n = 0;
const interval = setInterval(() => {
  n++;
  console.log('interval run ' + n);
  process.nextTick(() => console.log('tick after run ' + n));
  if (n === 4) {
    clearInterval(interval);
    console.log('cleared');
    setTimeout(() => console.log('after interval'), 5);
  }
}, 1);
