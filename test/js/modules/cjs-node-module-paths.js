// Module._nodeModulePaths(dir): the node_modules lookup list for a directory
// (no node_modules/node_modules entries); Module._resolveLookupPaths and globalPaths.
const Module = require('module');
for (const dir of ['/', '/a', '/a/b/c', '/a/node_modules/b', '/a/node_modules/@scope/b/lib', '/node_modules', '/a//b/', 'rel/dir']) {
  const list = Module._nodeModulePaths(dir);
  console.log(JSON.stringify(dir), list.length > 6 ? 'relative: resolved against cwd' : JSON.stringify(list));
}
const relList = Module._nodeModulePaths('rel/dir');
console.log(relList[0] === require('path').resolve('rel/dir/node_modules'));
console.log(Array.isArray(Module.globalPaths), Module.globalPaths.length >= 1);
console.log(typeof Module._resolveFilename, typeof Module._load, typeof Module._findPath, typeof Module._initPaths);
console.log(Module._resolveFilename('./fixtures/cjs/ext/a', module).endsWith('/fixtures/cjs/ext/a.js'));
console.log(Module._findPath('./ext/a', [__dirname + '/fixtures/cjs']) .endsWith('/fixtures/cjs/ext/a.js'));
console.log(Module._findPath('./ext/missing', [__dirname + '/fixtures/cjs']));
