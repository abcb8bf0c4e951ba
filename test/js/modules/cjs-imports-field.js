// package.json "imports": '#' specifiers private to the package, with
// conditions, patterns, null targets, bare targets resolved as packages, and
// the errors for unknown or invalid entries.
const req = require('./fixtures/pkgs/req.js');
const results = req('imports-pkg');
for (const [key, value] of Object.entries(results)) {
  console.log(key.padEnd(28), JSON.stringify(value));
}
// '#' specifiers only resolve inside a package that defines them.
try {
  require('#dep');
} catch (err) {
  console.log(err.code);
  console.log(err.message);
}
