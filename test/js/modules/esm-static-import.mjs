// Static imports of relative .mjs files: default, named, string-named and
// namespace imports, re-exports, and import hoisting (imports run first).
console.log('entry body runs after its imports');
import plainDefault, { named, counter, increment } from './fixtures/esm/plain.mjs';
import * as ns from './fixtures/esm/plain.mjs';
import { 'string name' as stringName } from './fixtures/esm/plain.mjs';
import * as re from './fixtures/esm/reexport.mjs';
import './fixtures/esm/plain.mjs?query=1';

console.log(plainDefault, '|', named, '|', stringName);
console.log(Object.keys(ns), ns[Symbol.toStringTag], Object.isFrozen(ns), Object.getPrototypeOf(ns));
console.log(Object.keys(re));
console.log(re.plainNs === ns, re.plainDefault === plainDefault, 'default' in re);
console.log(counter);
increment();
console.log(counter, ns.counter);
try {
  ns.named = 'changed';
} catch (err) {
  console.log(err.name, err.message);
}
try {
  counter = 5;
} catch (err) {
  console.log(err.name, err.message);
}
console.log(typeof require, typeof module, typeof exports, typeof __filename, this);
