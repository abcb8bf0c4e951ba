// setTimeout with a non-function throws ERR_INVALID_ARG_TYPE.
process.on('exit', (code) => console.log('exit ' + code));
try {
  setImmediate(42);
} catch (e) {
  console.log('setImmediate: ' + e.code + ' ' + (e instanceof TypeError));
}
try {
  setInterval(null);
} catch (e) {
  console.log('setInterval: ' + e.code);
}
setTimeout('x');
