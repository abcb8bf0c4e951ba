// package.json "type" decides how .js files load: "module" -> ESM, "commonjs"
// -> CommonJS (ESM syntax is then a SyntaxError, no detection); .mjs and .cjs
// ignore "type".
const show = async (specifier) => {
  try {
    const ns = await import(specifier);
    console.log(specifier.padEnd(42), JSON.stringify({ ...ns }));
  } catch (err) {
    console.log(specifier.padEnd(42), err.name, err.code, err.message.split('\n')[0]);
  }
};
await show('./fixtures/esm/type-module/lib.js');
await show('./fixtures/esm/type-module/legacy.cjs');
await show('./fixtures/esm/type-module/uses-require.js');
await show('./fixtures/esm/type-commonjs/lib.js');
await show('./fixtures/esm/type-commonjs/modern.mjs');
await show('./fixtures/esm/type-commonjs/esm-syntax.js');
