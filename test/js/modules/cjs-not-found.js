// MODULE_NOT_FOUND from a nested require chain: the message lists the require
// stack (innermost first) and err.requireStack holds the same filenames.
const path = require('path');
for (const entry of ['./fixtures/cjs/chain/one.js', './fixtures/cjs/chain/bare.js', './nope', 'nope-pkg', '/definitely/not/here.js']) {
  try {
    require(entry);
  } catch (err) {
    console.log('--', entry);
    console.log(err.name, err.code, err instanceof Error);
    console.log(err.message);
    console.log(err.requireStack.map((f) => path.relative(__dirname, f)));
    console.log(Object.keys(err));
  }
}
// The failed modules are not left in the cache.
console.log(Object.keys(require.cache).map((f) => path.relative(__dirname, f)).sort());
try {
  require.resolve('./nope');
} catch (err) {
  console.log('resolve:', err.code, err.message.split('\n')[0]);
}
for (const bad of [undefined, 42, '']) {
  try {
    require(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
