// An uncaughtException listener lets the loop continue after a throw.
process.on('uncaughtException', (err, origin) => {
  console.log('caught: ' + err.message + ' origin: ' + origin);
});
setTimeout(() => {
  console.log('timer 1');
  throw new Error('from timer 1');
}, 0);
setTimeout(() => console.log('timer 2 still runs'), 0);
setImmediate(() => {
  throw new Error('from immediate');
});
process.nextTick(() => {
  throw new Error('from tick');
});
Promise.reject(new Error('from promise'));
process.on('exit', (code) => console.log('exit ' + code));
