// Uncaught TypeError thrown from a timer callback.
setTimeout(function later() {
  const obj = null;
  console.log('in timer');
  throw new TypeError('bad type in timer');
}, 1);
