// module.createRequire(filename | file URL | URL): a require that resolves
// relative to that file (which need not exist); a directory needs a trailing slash.
const { createRequire } = require('module');
const path = require('path');
const { pathToFileURL } = require('url');
const rel = (p) => path.relative(__dirname, p);
const fromPath = createRequire(path.join(__dirname, 'fixtures/pkgs/anything.js'));
const fromUrlString = createRequire(pathToFileURL(path.join(__dirname, 'fixtures/nm/a/b/c/x.js')).href);
const fromUrl = createRequire(pathToFileURL(path.join(__dirname, 'fixtures/cjs/ext/')));
const fromDir = createRequire(path.join(__dirname, 'fixtures/pkgs') + '/');
const fromDirNoSlash = createRequire(path.join(__dirname, 'fixtures/pkgs'));
console.log(fromPath('exp-string'), rel(fromPath.resolve('exp-string')));
console.log(fromUrlString('shadow'), rel(fromUrlString.resolve('top-pkg')));
console.log(fromUrl('./a'), rel(fromUrl.resolve('./b')));
console.log(fromDir('exp-sub/feature'));
// without the slash 'pkgs' is taken as a file name inside fixtures/
console.log(rel(fromDirNoSlash.resolve('./cjs/ext/a')));
console.log(typeof fromPath.resolve.paths, typeof fromPath.cache, fromPath.cache === require.cache, fromPath.main === require.main);
console.log(fromPath.extensions === require.extensions);
console.log(rel(fromPath.resolve.paths('x')[0]));
// The modules it loads have no parent module; their require stack names the base file.
try {
  fromPath('./nothing-here');
} catch (err) {
  console.log(err.code, err.requireStack.map(rel));
}
for (const bad of ['relative/path.js', 42, 'http://example.com/x.js']) {
  try {
    createRequire(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
