// require.cache: keyed by resolved filename; a second require returns the
// cached exports; deleting the entry makes the next require evaluate again.
const path = require('path');
const file = require.resolve('./fixtures/cjs/counter.js');
console.log(path.relative(__dirname, file));
const first = require('./fixtures/cjs/counter.js');
const second = require('./fixtures/cjs/counter');
console.log(first, second, first === second, globalThis.counterEvaluations);
console.log(require.cache[file].exports === first, require.cache[file].loaded);
delete require.cache[file];
const third = require('./fixtures/cjs/counter.js');
console.log(third, third === first, globalThis.counterEvaluations);
// Replacing an entry's exports is visible to later requires.
require.cache[file].exports = { replaced: true };
console.log(require('./fixtures/cjs/counter.js'));
// A hand-made cache entry for a not yet loaded file is returned without evaluating it.
const target = require.resolve('./fixtures/cjs/cache-target.js');
require.cache[target] = { id: target, filename: target, loaded: true, exports: 'from a hand-made cache entry' };
console.log(require('./fixtures/cjs/cache-target.js'));
// ...but the file must still exist: resolution happens before the cache lookup.
const ghost = path.join(__dirname, 'fixtures/cjs/not-on-disk.js');
require.cache[ghost] = { id: ghost, filename: ghost, loaded: true, exports: 'ghost' };
try {
  require(ghost);
} catch (err) {
  console.log(err.code);
}
console.log(require.cache === require('module')._cache);
// Built-ins are not in require.cache.
require('fs');
console.log(Object.keys(require.cache).some((k) => k === 'fs' || k === 'node:fs'));
