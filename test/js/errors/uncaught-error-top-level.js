// An uncaught Error at top level: source excerpt, stack, node version, exit 1.
console.log('before');
function fail() {
  throw new Error('top level failure');
}
fail();
