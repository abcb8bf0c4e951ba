// ESM cycles and live bindings: the importer sees updates to exported `let`
// bindings; reading a binding before its module ran is a ReferenceError (TDZ),
// while hoisted function declarations are usable.
import { fromA, touchA } from './fixtures/esm/live/cycle-a.mjs';
import { count, inc } from './fixtures/esm/live/counter.mjs';
console.log('entry: fromA =', fromA);
touchA();
console.log('entry: fromA after touchA() =', fromA);
console.log('count', count);
inc();
inc();
console.log('count', count);
