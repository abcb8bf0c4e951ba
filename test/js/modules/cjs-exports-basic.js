// "exports" as a string: the package entry point; "main" is ignored and no
// other file of the package can be required (ERR_PACKAGE_PATH_NOT_EXPORTED,
// which has no requireStack). An "exports" object without "." has no main entry.
const path = require('path');
const req = require('./fixtures/pkgs/req.js');
const rel = (p) => path.relative(path.join(__dirname, 'fixtures/pkgs/node_modules'), p);
console.log(req('exp-string'), '<-', rel(req.resolve('exp-string')));
console.log(req('exp-no-dot/sub'));
const failures = ['exp-string/other', 'exp-string/other.js', 'exp-string/main.js', 'exp-string/package.json',
                  'exp-string/', 'exp-no-dot', 'exp-no-dot/index.js', 'exp-no-dot/sub.js'];
for (const s of failures) {
  try {
    console.log(s, '->', req(s));
  } catch (err) {
    console.log(s, '->', err.name, err.code, 'requireStack' in err);
    console.log('  ' + err.message);
  }
}
try {
  req.resolve('exp-no-dot');
} catch (err) {
  console.log('resolve:', err.code);
}
// Relative and absolute paths bypass "exports".
console.log(require('./fixtures/pkgs/node_modules/exp-string/other.js'));
console.log(require(path.join(__dirname, 'fixtures/pkgs/node_modules/exp-no-dot')));
