// Invalid "exports" targets: targets must start with './', must stay inside
// the package and must not go through node_modules -> ERR_INVALID_PACKAGE_TARGET.
// Subpaths that would escape through a pattern are rejected too.
const req = require('./fixtures/pkgs/req.js');
const specifiers = [
  'exp-invalid/ok',
  'exp-invalid/no-dot-slash',
  'exp-invalid/parent',
  'exp-invalid/into-node-modules',
  'exp-invalid/absolute',
  'exp-invalid/bare',
  'exp-invalid/number',
  'exp-invalid/array',
  'exp-invalid/pattern-escape/x',
  'exp-invalid/pattern-escape/../package',
  'exp-invalid/pattern-escape/%2e%2e/package',
  'exp-invalid',
];
for (const s of specifiers) {
  try {
    console.log(s, '->', req(s));
  } catch (err) {
    console.log(s, '->', err.code);
    console.log('  ' + err.message);
  }
}
