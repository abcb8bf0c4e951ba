// Subpath exports: exact keys (extension included), ./package.json, patterns
// with '*' (which may span '/'), the longest matching pattern prefix wins,
// null targets hide subpaths.
const path = require('path');
const req = require('./fixtures/pkgs/req.js');
const rel = (p) => path.relative(path.join(__dirname, 'fixtures/pkgs/node_modules'), p);
const specifiers = [
  'exp-sub',
  'exp-sub/feature',
  'exp-sub/feature.js',
  'exp-sub/data',
  'exp-sub/package.json',
  'exp-sub/utils/math',
  'exp-sub/utils/math.js',
  'exp-sub/utils/deep/nested',
  'exp-sub/utils/special/thing',
  'exp-sub/utils/private/secret',
  'exp-sub/utils/missing',
  'exp-sub/assets/logo.txt',
  'exp-sub/lib/feature.js',
  'exp-sub/lib/utils/math.js',
  'exp-sub/hidden',
  'exp-sub/not-exported.js',
  'exp-sub/dir/feature.js',
  'exp-sub/utils/',
];
for (const s of specifiers) {
  try {
    const value = req(s);
    console.log(s, '->', rel(req.resolve(s)), typeof value === 'string' ? '' : JSON.stringify(value));
  } catch (err) {
    console.log(s, '->', err.code);
    console.log('  ' + err.message.split('\n')[0]);
  }
}
