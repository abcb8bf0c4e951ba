// process.exit() inside an exit listener stops the other listeners.
process.on('exit', (code) => {
  console.log('exit 1 with ' + code);
  process.exit(5);
});
process.on('exit', () => console.log('exit 2: wrong'));
console.log('main');
