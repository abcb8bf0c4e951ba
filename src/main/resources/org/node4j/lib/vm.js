// The vm module: compiling scripts and running them in this context or in new
// ones. A new context is a GraalJS realm (a fresh set of builtins and a fresh
// global) in this same polyglot context, made with the V8-style Realm object
// the bootstrap keeps for us; a script runs there through that realm's own
// load({script, name}), which evaluates it as a script (top-level let/const
// persist, the file name shows in stack traces).
//
// Limitation: V8 lets node route every global access of a context to the
// contextified object through interceptors. GraalJS has no such hook, so the
// link is approximated (see VmContext): the object's properties become
// accessors on the context's global at each run, a proxy on the global's
// prototype chain reads and writes the object's other properties (and
// undeclared assignments) at any time, and globals declared by the code (var,
// function) are copied back to the object after each run. Property
// descriptors seen from inside, and declarations made by code that runs later
// (callbacks), differ from node.
//
// Not there (yet): the `timeout` and `breakOnSigint` options are validated but
// not enforced (Context.interrupt cannot stop a nested run and let the caller
// go on); importModuleDynamically is ignored; vm.SourceTextModule and
// SyntheticModule do not exist; a new context has no WebAssembly (neither does
// GraalJS without its wasm language); the code cache is a marker, not compiled
// code.
'use strict';

const { internalBinding, Realm } = require('internal/bootstrap/realm');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateString, validateBoolean, validateInt32, validateUint32, validateObject,
  validateArray, validateOneOf,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const sourceTexts = require('internal/process/source_texts');

const binding = internalBinding('vm');

const kDefaultFilename = 'evalmachine.<anonymous>';
const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

// contextified object (or a DONT_CONTEXTIFY global) -> its VmContext
const contexts = new WeakMap();
// Every context not yet collected, for measureMemory's detailed results.
const liveContexts = new Set();
const contextCollected = new FinalizationRegistry((ref) => liveContexts.delete(ref));

// Globals a realm gets that a V8 context does not have.
const kEngineGlobals = ['Realm', 'Graal', 'MLE', 'load', 'loadWithNewGlobal', 'global'];

/** One new context: a realm and the object its globals are linked to. */
class VmContext {
  constructor(sandbox, { codeGeneration } = {}) {
    this.id = Realm.create();
    this.global = Realm.global(this.id);
    this.load = this.global.load;
    for (const name of kEngineGlobals) delete this.global[name];
    if (codeGeneration?.strings === false) this.disallowEval();
    // The sandbox itself when the global is not linked to any other object.
    this.sandbox = sandbox ?? this.global;
    // key -> getter of a realm builtin that yields to the sandbox (permanent)
    this.builtinLinks = new Map();
    // key -> getter installed on the global for a property of the sandbox
    this.links = new Map();
    // The realm's globals that stay plain data (undefined, NaN, Infinity,
    // globalThis), to notice the ones code replaces.
    this.builtins = new Map();
    if (sandbox != null) {
      this.linkBuiltins();
      this.forwardMisses();
    }
    const ref = new WeakRef(this);
    liveContexts.add(ref);
    contextCollected.register(this, ref);
  }

  get linked() {
    return this.sandbox !== this.global;
  }

  disallowEval() {
    const EvalError = this.global.EvalError;
    this.global.eval = function disallowedEval() {
      throw new EvalError('Code generation from strings disallowed for this context');
    };
  }

  /** The sandbox's value for key as code inside sees it: the sandbox itself reads as the global. */
  read(key) {
    const value = this.sandbox[key];
    return value === this.sandbox ? this.global : value;
  }

  write(key, value) {
    Reflect.set(this.sandbox, key, value === this.global ? this.sandbox : value);
  }

  /**
   * Every builtin global (Array, Symbol, ...) reads the sandbox's property of
   * that name when it has one, and an assignment to it writes the sandbox, as
   * node's interceptors do.
   */
  linkBuiltins() {
    const { sandbox, global, builtinLinks, builtins } = this;
    for (const key of Reflect.ownKeys(global)) {
      const desc = Reflect.getOwnPropertyDescriptor(global, key);
      if (key === 'globalThis' || !desc.configurable || !('value' in desc)) {
        builtins.set(key, descriptorValue(desc));
        continue;
      }
      const builtin = desc.value;
      const get = () => (key in sandbox ? this.read(key) : builtin);
      Reflect.defineProperty(global, key, {
        get, set: (value) => this.write(key, value), enumerable: desc.enumerable, configurable: true,
      });
      builtinLinks.set(key, get);
    }
  }

  /**
   * A global name the realm does not have is looked up on the global's
   * prototype chain, and an undeclared assignment is a [[Set]] on the global
   * that walks that chain too: a proxy there sends both to the sandbox, so
   * callbacks that run after the script still see and change it.
   */
  forwardMisses() {
    const { sandbox, global } = this;
    const objectPrototype = Object.getPrototypeOf(global);
    const forward = new Proxy(objectPrototype, {
      __proto__: null,
      has: (target, key) => key in sandbox || Reflect.has(target, key),
      get: (target, key, receiver) =>
        (key in sandbox ? this.read(key) : Reflect.get(target, key, receiver)),
      set: (target, key, value, receiver) => {
        if (receiver !== global || key === '__proto__') return Reflect.set(target, key, value, receiver);
        this.write(key, value);
        return true;
      },
    });
    Object.setPrototypeOf(global, forward);
  }

  /** Run source as a script of this realm, the sandbox linked around it. */
  runScript(source, filename) {
    if (!this.linked) return this.load({ script: source, name: filename });
    this.linkIn();
    try {
      return this.load({ script: source, name: filename });
    } finally {
      this.copyOut();
    }
  }

  /** Make every own property of the sandbox a global of the realm that reads and writes through. */
  linkIn() {
    const { sandbox, global, links } = this;
    for (const [key, get] of links) {
      if (!Reflect.getOwnPropertyDescriptor(sandbox, key)) {
        if (accessorOf(Reflect.getOwnPropertyDescriptor(global, key)) === get) Reflect.deleteProperty(global, key);
        links.delete(key);
      }
    }
    for (const key of Reflect.ownKeys(sandbox)) this.link(key);
  }

  link(key) {
    const { sandbox, global, links, builtinLinks } = this;
    const own = Reflect.getOwnPropertyDescriptor(global, key);
    const accessor = accessorOf(own);
    if (accessor !== undefined && (accessor === links.get(key) || accessor === builtinLinks.get(key))) return;
    const from = Reflect.getOwnPropertyDescriptor(sandbox, key);
    if (from === undefined) return;
    if ((own === undefined || own.configurable) && (from.get !== undefined || from.set !== undefined)) {
      // The sandbox's own accessor, as it is: inside, the global's descriptor
      // shows the same functions (they get the global as `this`, not the sandbox).
      Reflect.defineProperty(global, key, from);
      links.set(key, from.get ?? from.set);
    } else if (own === undefined || own.configurable) {
      const get = () => this.read(key);
      // A property the sandbox cannot lose is one code cannot delete (`delete b` is false).
      Reflect.defineProperty(global, key, {
        get, set: (value) => this.write(key, value), enumerable: from.enumerable, configurable: from.configurable,
      });
      links.set(key, get);
    } else if (own.writable) {
      // A var or function declaration the code made: it cannot turn into an accessor.
      global[key] = this.read(key);
    }
  }

  /** Globals the run declared, replaced or deleted show on the sandbox. */
  copyOut() {
    const { sandbox, global, links, builtinLinks, builtins } = this;
    for (const [key, get] of links) {
      const own = Reflect.getOwnPropertyDescriptor(global, key);
      if (own === undefined) {
        Reflect.deleteProperty(sandbox, key);
        links.delete(key);
      } else if (accessorOf(own) !== get) {
        links.delete(key);
      }
    }
    for (const key of Reflect.ownKeys(global)) {
      if (links.has(key)) continue;
      const own = Reflect.getOwnPropertyDescriptor(global, key);
      if (builtinLinks.has(key)) {
        if (own.get === builtinLinks.get(key)) continue;
        builtinLinks.delete(key);
      } else if (builtins.has(key)) {
        if (builtins.get(key) === descriptorValue(own)) continue;
        builtins.delete(key);
      }
      if ('get' in own || 'set' in own) {
        Reflect.defineProperty(sandbox, key, { ...own, configurable: true });
      } else if (!Reflect.defineProperty(sandbox, key, {
        value: own.value === global ? sandbox : own.value,
        writable: true, enumerable: own.enumerable, configurable: true,
      })) {
        this.write(key, own.value);
      }
      // From now on the sandbox owns it; a configurable global can follow it live.
      if (own.configurable) this.link(key);
    }
  }
}

// The function that identifies a linked accessor property: its getter, else its setter.
function accessorOf(desc) {
  return desc === undefined ? undefined : desc.get ?? desc.set;
}

function descriptorValue(desc) {
  return 'value' in desc ? desc.value : desc.get;
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true, allowFunction: true });
  return contexts.has(object);
}

function validateContext(object, name = 'contextifiedObject') {
  validateObject(object, name, { allowArray: true, allowFunction: true });
  const context = contexts.get(object);
  if (context === undefined) throw new ERR_INVALID_ARG_TYPE(name, 'vm.Context', object);
  return context;
}

function validateContextOptions(options, prefix = 'options.', names = {}) {
  const { name, origin, codeGeneration, microtaskMode, importModuleDynamically } = options;
  if (name !== undefined) validateString(name, `${prefix}${names.name ?? 'name'}`);
  if (origin !== undefined) validateString(origin, `${prefix}${names.origin ?? 'origin'}`);
  if (codeGeneration !== undefined) {
    const label = `${prefix}${names.codeGeneration ?? 'codeGeneration'}`;
    validateObject(codeGeneration, label);
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, `${label}.strings`);
    if (wasm !== undefined) validateBoolean(wasm, `${label}.wasm`);
  }
  if (microtaskMode !== undefined) {
    validateOneOf(microtaskMode, `${prefix}microtaskMode`, ['afterEvaluate', undefined]);
  }
  validateImportCallback(importModuleDynamically, `${prefix}importModuleDynamically`);
}

function validateImportCallback(callback, name) {
  if (callback !== undefined && typeof callback !== 'function' &&
      callback !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    throw new ERR_INVALID_ARG_TYPE(name, ['function', 'vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER'],
      callback);
  }
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  validateContextOptions(options);
  if (contextObject === constants.DONT_CONTEXTIFY) {
    const context = new VmContext(null, options);
    contexts.set(context.global, context);
    return context.global;
  }
  contexts.set(contextObject, new VmContext(contextObject, options));
  return contextObject;
}

// V8's code cache is opaque bytes; ours only names the source it was made for.
// V8 accepts a cache for any source of the same length (its source check is the
// length), and so does this.
function cachedDataFor(code) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    hash = Math.imul(hash ^ code.charCodeAt(i), 0x01000193) >>> 0;
  }
  const { Buffer } = require('buffer');
  return Buffer.from(`node4j-vm-cache:${code.length}:${hash.toString(16)}`, 'latin1');
}

function isCachedDataFor(data, code) {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const text = String.fromCharCode(...bytes.subarray(0, 64));
  const match = /^node4j-vm-cache:(\d+):[0-9a-f]+$/.exec(text);
  return match !== null && Number(match[1]) === code.length;
}

function validateCompileOptions(options, defaultFilename = kDefaultFilename) {
  const {
    filename = defaultFilename, lineOffset = 0, columnOffset = 0, cachedData,
    produceCachedData = false, importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  validateImportCallback(importModuleDynamically, 'options.importModuleDynamically');
  return { filename, lineOffset, columnOffset, cachedData, produceCachedData };
}

// GraalJS sources cannot start at another line or column: positive offsets are
// made with leading blank lines and spaces, so positions in errors still match.
function withOffsets(code, lineOffset, columnOffset) {
  return '\n'.repeat(Math.max(lineOffset, 0)) + ' '.repeat(Math.max(columnOffset, 0)) + code;
}

function sourceMapURLOf(code) {
  const matches = [...code.matchAll(/\/\/[#@]\s*sourceMappingURL\s*=\s*(\S+)\s*$/gm)];
  return matches.length === 0 ? undefined : matches[matches.length - 1][1];
}

class Script {
  #source;
  #filename;
  #compiled;
  #origin; // { code, lineOffset, columnOffset }: the text as the user gave it

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const { filename, lineOffset, columnOffset, cachedData, produceCachedData } =
      validateCompileOptions(options);
    this.#source = withOffsets(code, lineOffset, columnOffset);
    this.#filename = filename;
    this.#origin = { code, lineOffset, columnOffset };
    // A fatal error report shows the offending line of the script.
    sourceTexts.set(filename, this.#source);
    // Compiled here so syntax errors are thrown by the constructor, as in node.
    try {
      this.#compiled = binding.compile(this.#source, filename);
    } catch (err) {
      const [line, column] = binding.syntaxErrorAt();
      if (line > 0) decorateErrorStack(err, arrowHeader(filename, this.#origin, line, column, false));
      throw err;
    }
    if (cachedData !== undefined) this.cachedDataRejected = !isCachedDataFor(cachedData, code);
    if (produceCachedData) {
      this.cachedData = cachedDataFor(code);
      this.cachedDataProduced = true;
    }
    const url = sourceMapURLOf(code);
    if (url !== undefined) this.sourceMapURL = url;
  }

  runInThisContext(options) {
    const { displayErrors } = validateRunOptions(options);
    try {
      return this.#compiled();
    } catch (err) {
      if (displayErrors) decorateThrown(err, this.#filename, this.#origin);
      throw err;
    }
  }

  runInContext(contextifiedObject, options) {
    const context = validateContext(contextifiedObject);
    const { displayErrors } = validateRunOptions(options);
    try {
      return context.runScript(this.#source, this.#filename);
    } catch (err) {
      if (displayErrors) decorateThrown(err, this.#filename, this.#origin);
      throw err;
    }
  }

  runInNewContext(contextObject, options) {
    // Called on something else, node fails on the method it needs from `this`.
    if (typeof this?.runInContext !== 'function') throw new TypeError('this.runInContext is not a function');
    const context = createContext(contextObject, contextOptionsOf(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return cachedDataFor(this.#origin.code);
  }
}

function validateRunOptions(options = {}) {
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { displayErrors };
}

// Like node, an error a script throws gets the script's line and a caret on
// top of its stack ("file:line\nsource\n    ^\n\n"), once.
function decorateThrown(err, filename, origin) {
  if (err === null || typeof err !== 'object' || sourceTexts.decorated.has(err)) return;
  let stack;
  try { stack = err.stack; } catch { return; }
  if (typeof stack !== 'string') return;
  const escaped = filename.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const frame = new RegExp(`^\\s+at (?:.*? \\()?${escaped}:(\\d+):(\\d+)\\)?$`, 'm').exec(stack);
  if (frame === null) return;
  decorateErrorStack(err, arrowHeader(filename, origin, Number(frame[1]), Number(frame[2]), true));
}

// "file:line\nsource line\n   ^\n" for a 1-based position in the compiled
// text, shown as the user's text has it (without the offset padding).
function arrowHeader(filename, { code, lineOffset, columnOffset }, line, column, thrown) {
  const index = line - 1 - Math.max(lineOffset, 0);
  const source = code.split('\n')[index]?.replace(/\r$/, '');
  if (source === undefined) return '';
  let start = Math.max(0, column - 1 - (index === 0 ? Math.max(columnOffset, 0) : 0));
  // The stack points at `new Error` after a throw; V8's caret at the throw.
  if (thrown) {
    const throwKeyword = /\bthrow\s+$/.exec(source.slice(0, start));
    if (throwKeyword) start = throwKeyword.index;
  }
  let pad = '';
  for (let i = 0; i < start && i < source.length; i++) pad += source[i] === '\t' ? '\t' : ' ';
  return `${filename}:${line}\n${source}\n${pad}^\n`;
}

function decorateErrorStack(err, header) {
  if (header === '' || err === null || typeof err !== 'object' || sourceTexts.decorated.has(err)) return;
  let stack;
  try { stack = err.stack; } catch { return; }
  if (typeof stack !== 'string') return;
  try {
    err.stack = `${header}\n${stack}`;
    sourceTexts.decorated.add(err);
  } catch {
    // a frozen error keeps its stack
  }
}

// runInNewContext's own names for createContext's options.
function contextOptionsOf(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const { contextName, contextOrigin, contextCodeGeneration, microtaskMode } = options;
  validateContextOptions({
    name: contextName, origin: contextOrigin, codeGeneration: contextCodeGeneration, microtaskMode,
  }, 'options.', { name: 'contextName', origin: 'contextOrigin', codeGeneration: 'contextCodeGeneration' });
  return { name: contextName, origin: contextOrigin, codeGeneration: contextCodeGeneration, microtaskMode };
}

function scriptOptionsOf(options) {
  return typeof options === 'string' ? { filename: options } : options;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  options = scriptOptionsOf(options);
  return createScript(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  options = scriptOptionsOf(options);
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  options = scriptOptionsOf(options);
  const context = createContext(contextObject, contextOptionsOf(options));
  return createScript(code, options).runInContext(context, options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) validateArray(params, 'params');
  else params = [];
  validateObject(options, 'options');
  const { filename, lineOffset, columnOffset, cachedData, produceCachedData } =
    validateCompileOptions(options, '');
  const { parsingContext, contextExtensions = [] } = options;
  let context;
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' || !contexts.has(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
    context = contexts.get(parsingContext);
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`, { nullable: true });
  });
  params.forEach((param, i) => validateString(param, `params[${i}]`));

  checkFunctionBody(params, code);
  // The wrapper's first line takes the last line of the requested offset, so
  // the code's positions are exact when lineOffset > 0 (one line late at 0:
  // GraalJS cannot start a source before line 1).
  const opener = `function (${params.join(', ')}) {`;
  const body = `\n${' '.repeat(Math.max(columnOffset, 0))}${code}\n}`;
  // The extensions are scopes around the function: `with` is how sloppy code gets them.
  const names = contextExtensions.map((_, i) => `__vmExtension${i}`);
  const wrapped = names.length === 0 ?
    `(${opener}${body})` :
    `(function (${names.join(', ')}) { ${names.map((n) => `with (${n}) `).join('')}return ${opener}${body} })`;
  const source = '\n'.repeat(Math.max(lineOffset - 1, 0)) + wrapped;
  // V8 names a source without a name "<anonymous>" in stack frames; GraalJS prints nothing.
  const sourceName = filename === '' ? '<anonymous>' : filename;
  let fn;
  if (context === undefined) {
    fn = binding.compile(source, sourceName)();
  } else {
    fn = context.runScript(source, sourceName);
  }
  if (names.length !== 0) fn = fn(...contextExtensions);
  if (cachedData !== undefined) fn.cachedDataRejected = !isCachedDataFor(cachedData, code);
  if (produceCachedData) {
    fn.cachedData = cachedDataFor(code);
    fn.cachedDataProduced = true;
  }
  const url = sourceMapURLOf(code);
  if (url !== undefined) fn.sourceMapURL = url;
  return fn;
}

// The body must parse on its own as a function body: text like '});(function(){'
// must not escape the wrapper. The engine's Function constructor checks exactly that.
function checkFunctionBody(params, code) {
  try {
    Function(...params, code);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    const v8 = binding.v8SyntaxMessage(err.message);
    if (v8 !== err.message) {
      const { stack } = err;
      err.message = v8;
      if (typeof stack === 'string') err.stack = stack.replace(/^SyntaxError: .*$/m, `SyntaxError: ${v8}`);
    }
    throw err;
  }
}

let warnedMeasureMemory = false;
function measureMemory(options = {}) {
  if (!warnedMeasureMemory) {
    warnedMeasureMemory = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const used = binding.heapUsed();
  const estimate = { jsMemoryEstimate: used, jsMemoryRange: [used, used] };
  const result = { total: estimate };
  if (mode === 'detailed') {
    // The JVM cannot tell which realm holds which bytes: every context gets the
    // same whole-heap estimate.
    result.current = { ...estimate, jsMemoryRange: [used, used] };
    result.other = [];
    for (const ref of liveContexts) {
      if (ref.deref() !== undefined) result.other.push({ jsMemoryEstimate: used, jsMemoryRange: [used, used] });
    }
  }
  return Promise.resolve(result);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
