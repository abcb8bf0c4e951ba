// package.json "main" naming a missing file: node falls back to index.js and
// emits DEP0128 (stderr); without an index it is MODULE_NOT_FOUND.
const path = require('path');
console.log(require('./fixtures/cjs/dirs/main-missing'));
console.log(path.relative(__dirname, require.resolve('./fixtures/cjs/dirs/main-missing')));
try {
  require('./fixtures/cjs/dirs/main-missing-no-index');
} catch (err) {
  console.log(err.code);
  console.log(err.message);
  console.log(err.path && path.relative(__dirname, err.path));
  console.log(err.requestPath);
}
