// With an unhandledRejection listener the process keeps going.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection: ' + reason.message + ' ' + (promise instanceof Promise));
});
Promise.reject(new Error('first'));
setTimeout(() => {
  console.log('timer still runs');
  Promise.reject(new Error('second'));
}, 0);
process.on('exit', (code) => console.log('exit ' + code));
