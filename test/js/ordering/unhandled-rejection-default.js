// Default mode: an unhandled rejection is thrown as an uncaught exception, exit 1.
process.on('exit', (code) => console.log('exit ' + code));
setTimeout(() => console.log('timer: wrong'), 0);
Promise.reject(new Error('boom'));
console.log('sync end');
