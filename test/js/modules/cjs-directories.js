// Requiring a directory: package.json "main" (with or without extension, or
// naming a directory), then index.js / index.json.
const path = require('path');
const rel = (p) => path.relative(path.join(__dirname, 'fixtures/cjs/dirs'), p);
for (const dir of ['main-ext', 'main-noext', 'main-json', 'main-dir', 'no-main', 'index-js', 'index-json']) {
  const specifier = './fixtures/cjs/dirs/' + dir;
  console.log(dir.padEnd(10), JSON.stringify(require(specifier)), '<-', rel(require.resolve(specifier)));
}
// A trailing slash works the same way.
console.log(require('./fixtures/cjs/dirs/main-ext/'));
// A directory without package.json or index is not found.
try {
  require('./fixtures/cjs/dirs/empty-dir');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0]);
}
// An unparsable package.json.
try {
  require('./fixtures/cjs/dirs/bad-package-json');
} catch (err) {
  console.log(err.code, err.message);
}
