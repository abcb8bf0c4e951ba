// process.exit() in beforeExit runs the exit listeners with that code.
process.on('beforeExit', (code) => {
  console.log('beforeExit ' + code);
  process.exit(6);
});
process.on('exit', (code) => console.log('exit ' + code));
setTimeout(() => console.log('timer'), 0);
