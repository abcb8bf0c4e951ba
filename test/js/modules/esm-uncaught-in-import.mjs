// An error thrown while evaluating a statically imported module: the entry
// never runs; stderr points at the imported file.
import { never } from './fixtures/esm/throws/imports-thrower.mjs';
console.log('never printed', never);
