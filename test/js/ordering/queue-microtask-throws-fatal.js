// Without a listener a throwing microtask ends the process with exit code 1.
process.on('exit', (code) => console.log('exit ' + code));
queueMicrotask(() => {
  throw new Error('microtask failure');
});
setTimeout(() => console.log('timer: wrong'), 0);
