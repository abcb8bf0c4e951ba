// import() from a CommonJS module: loads ESM (.mjs) and CommonJS (default =
// module.exports), resolves like ESM (no extension search), and shares the
// CommonJS cache with require().
const path = require('path');
(async () => {
  const esm = await import('./fixtures/esm/plain.mjs');
  console.log(Object.keys(esm), esm.default, esm[Symbol.toStringTag]);
  const cjs = await import('./fixtures/cjs/ext/a.js');
  console.log(cjs.default, cjs.default === require('./fixtures/cjs/ext/a.js'));
  const json = await import('./fixtures/cjs/json/good.json', { with: { type: 'json' } });
  console.log(json.default === require('./fixtures/cjs/json/good.json'));
  const builtin = await import('fs');
  console.log(builtin.default === require('fs'));
  try {
    await import('./fixtures/cjs/ext/a');
  } catch (err) {
    console.log(err.code, err.message);
  }
  const url = require('url').pathToFileURL(path.join(__dirname, 'fixtures/esm/plain.mjs')).href;
  console.log((await import(url)) === esm);
  console.log((await import('./fixtures/esm/plain.mjs?v=2')) === esm);
  const p = import('./fixtures/esm/sync/plain.mjs');
  console.log(p instanceof Promise);
  console.log((await p).named);
})();
