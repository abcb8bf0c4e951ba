// An error thrown inside an uncaughtException handler exits with code 7.
process.on('uncaughtException', (err) => {
  console.log('handler got: ' + err.message);
  throw new Error('thrown by handler');
});
process.on('exit', (code) => console.log('exit ' + code));
setTimeout(() => { throw new Error('original'); }, 0);
