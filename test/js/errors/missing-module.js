// require of a missing module throws MODULE_NOT_FOUND.
try {
  require('./does-not-exist');
} catch (e) {
  console.log('caught: ' + e.code);
}
require('no-such-package-anywhere');
