// import() from ESM: of a .cjs file, of CommonJS that was already required
// (same module.exports object), repeated imports return the same namespace,
// and specifiers may be computed at run time.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const cjs = await import('./fixtures/esm/cjs-for-esm.cjs');
console.log(cjs.default, cjs.fromCjs);
console.log(cjs.default === require('./fixtures/esm/cjs-for-esm.cjs'));
const twice = await import('./fixtures/esm/cjs-for-esm.cjs');
console.log(twice === cjs);
const names = ['plain', 'reexport'];
for (const n of names) {
  const ns = await import(`./fixtures/esm/${n}.mjs`);
  console.log(n, Object.keys(ns).length);
}
const all = await Promise.all([import('./fixtures/esm/plain.mjs'), import('./fixtures/esm/plain.mjs')]);
console.log(all[0] === all[1]);
// import() of a not yet required CommonJS file, then require() gets the same exports
const fresh = await import('./fixtures/esm/cjs-shapes/getter.js');
console.log(fresh.default === require('./fixtures/esm/cjs-shapes/getter.js'));
