// vm argument checks, syntax errors at compile time, cached data, compileFunction.
'use strict';
const vm = require('vm');

function show(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} ${err.code ?? ''} ${err.message}`);
  }
}

show(() => new vm.Script('var x = ;', { filename: 'bad.js' }));
show(() => new vm.Script('let a; let a;'));
show(() => new vm.Script('void 0', 42));
show(() => new vm.Script('void 0', { lineOffset: 0.5 }));
show(() => new vm.Script('void 0', { filename: 123 }));
show(() => new vm.Script('void 0', { cachedData: 'nope' }));
show(() => vm.runInContext('1', {}));
show(() => vm.createContext({}, 'string'));
show(() => vm.createContext({}, { name: null }));
show(() => vm.isContext('x'));
show(() => new vm.Script('1').runInThisContext({ timeout: -1 }));
show(() => new vm.Script('1').runInThisContext({ displayErrors: 1 }));
show(() => vm.compileFunction(1));
show(() => vm.compileFunction('', 'a'));
show(() => vm.compileFunction('});\n(function() {'));
show(() => vm.compileFunction('', [], { parsingContext: {} }));

// A script that throws in its toString cannot be compiled.
show(() => new vm.Script({ toString() { throw new Error('no string'); } }));

// Line offsets move positions in stack traces.
try {
  new vm.Script('\nthrow new Error("at line")', { filename: 'off.js', lineOffset: 3 }).runInThisContext();
} catch (err) {
  console.log(/off\.js:5/.test(err.stack));
}

// Cached data: produced for a source, accepted for the same source only.
const made = new vm.Script('1 + 1', { produceCachedData: true });
console.log(made.cachedDataProduced, made.cachedData.length > 0);
console.log(new vm.Script('1 + 1', { cachedData: made.cachedData }).cachedDataRejected);
console.log(new vm.Script('2 + 2', { cachedData: made.cachedData }).cachedDataRejected);
console.log(Buffer.isBuffer(made.createCachedData()));

// compileFunction: parameters, a parsing context, context extensions.
const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(2, 3), add.toString());
const inCtx = vm.compileFunction('return answer', [], { parsingContext: vm.createContext({ answer: 42 }) });
console.log(inCtx());
console.log(vm.compileFunction('return fromExtension', [], { contextExtensions: [{ fromExtension: 'ext' }] })());

// Source map URLs are read from the script's last comment.
console.log(new vm.Script('1\n//# sourceMappingURL=foo.js.map').sourceMapURL);

// Contexts that run without a contextified object.
const bare = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(vm.isContext(bare), vm.runInContext('globalThis', bare) === bare);
console.log(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER);

// No eval inside a context made without code generation from strings.
show(() => vm.runInNewContext('eval("1")', {}, { contextCodeGeneration: { strings: false } }));

vm.measureMemory({ execution: 'eager' }).then((result) => console.log(typeof result.total.jsMemoryEstimate));
console.log(Object.keys(vm).sort().join());
