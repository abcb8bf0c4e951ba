// Module._extensions (require.extensions): a custom loader for '.txt' also
// joins the extension search; removing it makes .txt compile as JavaScript again.
const Module = require('module');
const fs = require('fs');
const path = require('path');
console.log(require.extensions === Module._extensions, Object.keys(Module._extensions));
Module._extensions['.txt'] = function (module, filename) {
  module.exports = fs.readFileSync(filename, 'utf8').trim().toUpperCase() + ' <- ' + path.basename(filename);
};
console.log(Object.keys(require.extensions));
console.log(require('./fixtures/cjs/custom-ext/hello.txt'));
console.log(require('./fixtures/cjs/custom-ext/hello') === require('./fixtures/cjs/custom-ext/hello.txt'));
console.log(path.relative(__dirname, require.resolve('./fixtures/cjs/custom-ext/hello')));
delete Module._extensions['.txt'];
console.log(require('./fixtures/cjs/custom-ext/later.txt'));
// Wrapping the .js loader sees every later .js require.
const originalJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  console.log('loading', path.relative(__dirname, filename));
  originalJs(module, filename);
  if (typeof module.exports === 'string') module.exports += '!';
};
console.log(require('./fixtures/cjs/custom-ext/shout.js'));
Module._extensions['.js'] = originalJs;
