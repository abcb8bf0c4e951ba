// timers/promises versions keep the callback versions' order.
const tp = require('timers/promises');
setTimeout(() => {
  tp.setTimeout(0).then(() => console.log('promise timeout'));
  tp.setImmediate().then(() => console.log('promise immediate'));
  setImmediate(() => console.log('callback immediate'));
  setTimeout(() => console.log('callback timeout'), 0);
}, 0);
