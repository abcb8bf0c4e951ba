// beforeExit fires again each time the loop drains after it scheduled work.
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit ' + n + ' code ' + code);
  if (n < 3) {
    setTimeout(() => console.log('timer from beforeExit ' + n), 0);
    Promise.resolve().then(() => console.log('promise from beforeExit ' + n));
  }
});
process.on('exit', (code) => console.log('exit ' + code));
console.log('main');
