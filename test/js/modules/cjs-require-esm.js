// require() of an ES module (synchronous graph): returns the namespace object;
// with a default export the namespace gets __esModule: true; an export named
// 'module.exports' is returned instead of the namespace. require and import
// share one module instance, but when __esModule is added the object require()
// returns is a facade, not the namespace import() gives.
const plain = require('./fixtures/esm/sync/plain.mjs');
console.log(plain);
console.log(plain.__esModule, plain.default, plain.named, Object.keys(plain));
console.log(Object.prototype.toString.call(plain), Object.isExtensible(plain));
const namedOnly = require('./fixtures/esm/sync/named-only.mjs');
console.log(namedOnly, '__esModule' in namedOnly);
const me = require('./fixtures/esm/sync/module-exports.mjs');
console.log(typeof me, me.name, me(), me.ignored);
console.log(require('./fixtures/esm/sync/has-esmodule.mjs'));
console.log(require('./fixtures/esm/sync/type-module-dir/index.js'));
console.log(require('./fixtures/esm/sync/type-module-dir'));
console.log(require('./fixtures/esm/sync/plain.mjs') === plain);
import('./fixtures/esm/sync/plain.mjs').then((ns) => {
  console.log('import() of plain.mjs: same object', ns === plain, 'same bindings', ns.named === plain.named, '__esModule' in ns);
  return import('./fixtures/esm/sync/named-only.mjs');
}).then((ns) => console.log('import() of named-only.mjs: same object', ns === namedOnly));
// ESM syntax detection also applies to require() of a typeless .js file
console.log(require('./fixtures/esm/no-type/detect.js'));
