// A .js file under a package.json without "type" that uses import/export (or
// top-level await) is detected as ESM; node warns once per package.json
// (MODULE_TYPELESS_PACKAGE_JSON on stderr). Plain CommonJS there stays CommonJS.
const detect = await import('./fixtures/esm/no-type/detect.js');
console.log({ ...detect });
const plain = await import('./fixtures/esm/no-type/plain.js');
console.log(plain.default, Object.keys(plain));
await import('./fixtures/esm/no-type/tla-only.js');
console.log(globalThis.tlaOnlyValue);
