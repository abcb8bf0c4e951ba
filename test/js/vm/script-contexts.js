// vm.Script and the run functions: this context, a contextified object, new contexts.
'use strict';
const vm = require('vm');

// This context: code sees and changes the real globals.
globalThis.shared = 1;
console.log(vm.runInThisContext('shared + 1'));
console.log(vm.runInThisContext('typeof require'));
vm.runInThisContext('var madeHere = 5');
console.log(globalThis.madeHere);
delete globalThis.shared;

// A contextified object: its properties are the context's globals.
const sandbox = { a: 1, list: [] };
console.log(vm.isContext(sandbox), vm.createContext(sandbox) === sandbox, vm.isContext(sandbox));
console.log(vm.runInContext('a + 1', sandbox));
vm.runInContext('var b = 2; c = 3; a = 10; list.push("x")', sandbox);
console.log(sandbox.a, sandbox.b, sandbox.c, sandbox.list);
// Top-level let/const persist between runs of one context, as in node.
vm.runInContext('let kept = 7; const alsoKept = 8;', sandbox);
console.log(vm.runInContext('kept + alsoKept', sandbox));
// Changing the object from outside shows inside.
sandbox.a = 100;
console.log(vm.runInContext('a', sandbox));

// A Script compiles once and runs anywhere.
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const ctx = vm.createContext({});
script.runInContext(ctx);
script.runInContext(ctx);
console.log(ctx.count);
console.log(script.runInNewContext({ count: 41 }));

// New contexts have their own builtins.
const arr = vm.runInNewContext('[1, 2, 3]');
console.log(arr instanceof Array, Array.isArray(arr));
const u8 = vm.runInNewContext('new Uint8Array([1, 2])');
console.log(u8 instanceof Uint8Array, ArrayBuffer.isView(u8));
console.log(vm.runInNewContext('typeof require + typeof process + typeof globalThis.Object'));
console.log(vm.runInNewContext('x * 2', { x: 21 }));

// Errors come from the context that threw them.
try {
  vm.runInNewContext('throw new TypeError("inner")');
} catch (err) {
  console.log(err instanceof TypeError, err.name, err.message);
}
try {
  vm.runInContext('notDefinedAnywhere', vm.createContext());
} catch (err) {
  console.log(err.name, err.message);
}

// Module-level helpers take a file name as the options argument.
try {
  vm.runInThisContext('throw new Error("where")', 'my-file.js');
} catch (err) {
  console.log(/my-file\.js:1/.test(err.stack));
}

// The global a new context's code sees is not the object itself.
const outer = {};
console.log(vm.runInNewContext('this', outer) === outer);
