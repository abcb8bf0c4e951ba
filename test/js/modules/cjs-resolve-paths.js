// require.resolve(request, { paths }) and require.resolve.paths(request).
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
const pkgs = path.join(__dirname, 'fixtures/pkgs');
const nm = path.join(__dirname, 'fixtures/nm/a/b');
console.log(rel(require.resolve('exp-string', { paths: [pkgs] })));
console.log(rel(require.resolve('shadow', { paths: [nm] })));
// each entry is a starting point for the node_modules walk; the first hit wins
console.log(rel(require.resolve('shadow', { paths: [path.join(__dirname, 'fixtures/nm'), nm] })));
// relative requests are resolved against each path
console.log(rel(require.resolve('./ext/a', { paths: [path.join(__dirname, 'fixtures/cjs')] })));
console.log(rel(require.resolve('../ext/b', { paths: [path.join(__dirname, 'fixtures/cjs/dirs')] })));
// built-ins ignore paths
console.log(require.resolve('fs', { paths: [pkgs] }), require.resolve('node:fs'));
try {
  require.resolve('exp-string', { paths: [path.join(__dirname, 'fixtures/cjs')] });
} catch (err) {
  console.log(err.code, err.message);
}
try {
  require.resolve('exp-string', { paths: 'not-an-array' });
} catch (err) {
  console.log(err.code, err.message);
}
// resolve.paths: node_modules lookup directories for bare requests (first few
// are inside the repository), the requiring directory for relative ones, null for built-ins.
const bare = require.resolve.paths('some-pkg');
console.log(bare.slice(0, 4));
// (the global folders after '/node_modules' depend on HOME and the install prefix)
console.log(bare.includes('/node_modules'), bare.includes(path.join(__dirname, 'node_modules')));
console.log(require.resolve.paths('./local'));
console.log(require.resolve.paths('../up'));
console.log(require.resolve.paths('fs'), require.resolve.paths('node:fs'), require.resolve.paths('node:test'));
console.log(JSON.stringify(require.resolve.paths('/abs/x')) === JSON.stringify(bare) ? 'absolute: same as bare' : require.resolve.paths('/abs/x'));
