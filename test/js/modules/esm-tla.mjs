// Top-level await: the importer waits for an awaiting dependency; sibling
// dependencies without await run first in order; the entry's own await pauses it.
console.log('entry: start');
import { both } from './fixtures/esm/tla/uses.mjs';
console.log('entry: imports done:', both);
const value = await new Promise((resolve) => setTimeout(() => resolve('awaited in entry'), 5));
console.log('entry:', value);
for await (const x of [Promise.resolve(1), 2]) console.log('for await', x);
const dynamic = await import('./fixtures/esm/tla/tla-dep.mjs');
console.log(dynamic.value);
