// Built-in modules through require(): bare and node: names give the same
// object, node:-only modules, unknown node: names, builtinModules and isBuiltin.
const Module = require('module');
console.log(require('fs') === require('node:fs'), require('path') === require('node:path'));
console.log(require('fs/promises') === require('node:fs/promises'), require('fs').promises === require('fs/promises'));
console.log(typeof require('node:test'), typeof require('node:sea'));
for (const name of ['test', 'node:unknown', 'node:fs/nope', 'unknown-builtin-looking-name', 'node:']) {
  try {
    require(name);
    console.log(name, 'loaded');
  } catch (err) {
    console.log(name, '->', err.code, err.message.split('\n')[0]);
  }
}
const list = Module.builtinModules;
console.log(Array.isArray(list), Object.isFrozen(list));
for (const name of ['fs', 'path', 'fs/promises', 'node:test', 'test', 'node:sea', 'node:sqlite', 'module', 'worker_threads', 'node:fs', '_http_agent']) {
  console.log('builtinModules has', name, list.includes(name));
}
for (const name of ['fs', 'node:fs', 'fs/promises', 'node:test', 'test', 'node:unknown', 'wasi', 'node:sqlite', 'sqlite', '', 'FS', 'internal/errors']) {
  console.log('isBuiltin', JSON.stringify(name), Module.isBuiltin(name));
}
// A file named like a built-in is never preferred over the built-in.
console.log(require.resolve('fs'), require.resolve('node:fs'));
