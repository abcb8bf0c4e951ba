// Bare specifiers walk up node_modules directories from the requiring file;
// the nearest match shadows outer ones (but without "exports" a subpath that
// the nearest package lacks is still found in an outer node_modules);
// scoped packages live in node_modules/@scope/name.
const deep = require('./fixtures/nm/a/b/c/deep.js');
for (const [key, value] of Object.entries(deep)) {
  console.log(key.padEnd(14), JSON.stringify(value));
}
