// process.exitCode decides the exit code; exit listeners see it and may change it.
process.exitCode = 3;
process.on('beforeExit', (code) => console.log('beforeExit ' + code));
process.on('exit', (code) => {
  console.log('exit ' + code + ' exitCode ' + process.exitCode);
  process.exitCode = 4;
});
process.on('exit', () => {
  console.log('second exit listener');
  setTimeout(() => console.log('timer in exit: wrong'), 0);
  process.nextTick(() => console.log('tick in exit: wrong'));
});
