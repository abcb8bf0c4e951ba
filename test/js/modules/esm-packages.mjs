// Package resolution from ESM: the "import" condition, dual packages giving
// different files to import and require, "type": "module" packages, a main-only
// CommonJS package, subpath patterns and "imports" from an .mjs file.
import { createRequire } from 'node:module';
const { imp } = await import('./fixtures/pkgs/imp.mjs');
const require = createRequire(new URL('./fixtures/pkgs/req.js', import.meta.url));
const dualEsm = await imp('dual');
const dualCjs = require('dual');
console.log(dualEsm.default, dualEsm.flavour);
console.log(dualCjs);
console.log((await imp('exp-conds')).default, require('exp-conds'));
console.log((await imp('exp-nested')).default, (await imp('exp-nested/feature')).default);
console.log((await imp('exp-module-sync')).default);
console.log({ ...(await imp('esm-pkg')) });
const plain = await imp('plain-cjs');
console.log(Object.keys(plain), plain.answer);
console.log((await imp('plain-cjs/lib/other.js')).default);
console.log((await imp('exp-sub/utils/math.js')).default);
console.log((await imp('dual/package.json', { with: { type: 'json' } })).default.name);
// imports-pkg's CommonJS entry resolves its '#' imports with require conditions...
console.log((await imp('imports-pkg')).default['#conds']);
// ...its .mjs file with import conditions
const results = (await import('./fixtures/pkgs/node_modules/imports-pkg/esm.mjs')).default;
console.log(results);
// exp-import-only has only an "import" condition (require() of it fails, see cjs-exports-conditions.js)
console.log((await imp('exp-import-only')).default);
