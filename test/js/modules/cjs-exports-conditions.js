// Conditional exports for require(): "require", "node", "default" and
// "module-sync" match, "import" and unknown conditions do not; the first
// matching key in object order wins; conditions nest.
const path = require('path');
const req = require('./fixtures/pkgs/req.js');
const rel = (p) => path.relative(path.join(__dirname, 'fixtures/pkgs/node_modules'), p);
for (const s of ['exp-conds', 'exp-order', 'exp-nested', 'exp-nested/feature', 'exp-mixed', 'exp-import-only', 'exp-module-sync']) {
  try {
    console.log(s.padEnd(18), req(s), '<-', rel(req.resolve(s)));
  } catch (err) {
    console.log(s.padEnd(18), err.code);
    console.log('  ' + err.message);
  }
}
