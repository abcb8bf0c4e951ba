// A rejection with a non-error value is wrapped in ERR_UNHANDLED_REJECTION.
process.on('exit', (code) => console.log('exit ' + code));
Promise.reject('plain string reason');
