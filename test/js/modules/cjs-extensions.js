// require() of a relative or absolute path without extension tries the exact
// name, then .js, .json and .node (in that order); unknown extensions compile
// as JavaScript; the module is cached under its absolute filename.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);

console.log(require('./fixtures/cjs/ext/a'));
console.log(require('./fixtures/cjs/ext/a.js'));
console.log(require('./fixtures/cjs/ext/b'));
console.log(require('./fixtures/cjs/ext/both'), '<-', rel(require.resolve('./fixtures/cjs/ext/both')));
console.log(require('./fixtures/cjs/ext/both.json'));
console.log(require('./fixtures/cjs/ext/dotted.name'));
console.log(require('./fixtures/cjs/ext/noext'));
console.log(require('./fixtures/cjs/ext/same'), '<-', rel(require.resolve('./fixtures/cjs/ext/same')));
console.log(require('./fixtures/cjs/ext/jsonish.txt'));
// .node files are found by the extension search (not loaded here).
console.log('c ->', rel(require.resolve('./fixtures/cjs/ext/c')));
console.log(Object.keys(require.extensions));
// Absolute paths: same search, same cache entry; '.' and '..' segments are normalised.
const abs = path.join(__dirname, 'fixtures', 'cjs', 'ext', 'a');
console.log(require(abs) === require('./fixtures/cjs/ext/a'), require.resolve(abs) === abs + '.js');
console.log(rel(require.resolve(path.join(__dirname, 'fixtures/cjs/dirs/main-ext'))));
console.log(require.resolve('./fixtures/cjs/../cjs/./ext/b') === path.join(__dirname, 'fixtures/cjs/ext/b.json'));
const failures = [
  './fixtures/cjs/ext/a/', // a trailing slash means a directory: not a.js
  './fixtures/cjs/ext/a.js.js', // no second extension
  'file://' + abs + '.js', // a file: URL is not a path for require()
];
for (const s of failures) {
  try {
    require(s);
  } catch (err) {
    console.log(err.code, err.message.split('\n')[0]);
  }
}
