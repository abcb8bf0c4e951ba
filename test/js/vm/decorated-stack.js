// Errors thrown out of vm scripts carry the script's line and a caret on top
// of their stack; an uncaught one is reported with that header once.
'use strict';
const vm = require('vm');

try {
  vm.runInNewContext('\n  throw new RangeError("deep")', {}, { filename: 'ctx.js' });
} catch (err) {
  console.log(err.stack.split('\n').slice(0, 5).join('\n'));
}
try {
  new vm.Script('let ok = 1;\nlet = = 2;', { filename: 'syntax.js' });
} catch (err) {
  console.log(err.stack.split('\n').slice(0, 5).join('\n'));
}
try {
  vm.runInThisContext(' throw new Error("offset")', { filename: 'off.js', lineOffset: 2, columnOffset: 4 });
} catch (err) {
  console.log(err.stack.split('\n').slice(0, 5).join('\n'));
}
try {
  vm.runInThisContext('throw new Error("plain")', { filename: 'plain.js', displayErrors: false });
} catch (err) {
  console.log(err.stack.split('\n')[0]);
}
vm.runInNewContext('1;\n  throw new TypeError("uncaught")', {}, 'uncaught.js');
