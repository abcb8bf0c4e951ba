// The CommonJS wrapper: Module.wrap / Module.wrapper, the five wrapper
// arguments, top-level return, and a patched Module.wrap being used by later loads.
const Module = require('module');
console.log(Module.wrapper);
console.log(JSON.stringify(Module.wrap('body();')));
console.log(require('./fixtures/cjs/wrap/arguments.js'));
console.log(require('./fixtures/cjs/wrap/early-return.js'));
console.log(arguments.length, typeof arguments[0], arguments[0] === exports);
const originalWrap = Module.wrap;
Module.wrap = function (script) {
  return originalWrap('var injectedByWrap = "injected by a patched Module.wrap"; ' + script);
};
console.log(require('./fixtures/cjs/wrap/injected.js'));
Module.wrap = originalWrap;
