// require() of .json files: parsed once and cached; a BOM is stripped; parse
// errors name the file.
const path = require('path');
const good = require('./fixtures/cjs/json/good.json');
console.log(good, good === require('./fixtures/cjs/json/good'));
console.log(require('./fixtures/cjs/json/array.json'), require('./fixtures/cjs/json/bom.json'));
good.mutated = true;
console.log(require('./fixtures/cjs/json/good.json').mutated);
for (const f of ['bad.json', 'empty.json']) {
  try {
    require('./fixtures/cjs/json/' + f);
  } catch (err) {
    console.log(err.name, err.code);
    console.log(err.message);
    console.log(require.cache[path.join(__dirname, 'fixtures/cjs/json', f)]);
  }
}
