// The public `util` module.
'use strict';

const {
  inspect, format, formatWithOptions, stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');

function lazyErrors() { return require('internal/errors').codes; }

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = lazyErrors();
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const deprecatedCodes = new Set();
function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors();
    throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  }
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !deprecatedCodes.has(code)) {
        if (code !== undefined) deprecatedCodes.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

function promisify(original) {
  if (typeof original !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors();
    throw new ERR_INVALID_ARG_TYPE('original', 'Function', original);
  }
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== 'function') {
      const { ERR_INVALID_ARG_TYPE } = lazyErrors();
      throw new ERR_INVALID_ARG_TYPE('util.promisify.custom', 'Function', fn);
    }
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, configurable: true });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, configurable: true });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const k of Reflect.ownKeys(descriptors)) {
    if (k === 'length' || k === 'name' || k === 'prototype') continue;
    try { Object.defineProperty(fn, k, descriptors[k]); } catch { /* ignore */ }
  }
  return fn;
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  if (typeof original !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = lazyErrors();
    throw new ERR_INVALID_ARG_TYPE('original', 'Function', original);
  }
  function callbackified(...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') {
      const { ERR_INVALID_ARG_TYPE } = lazyErrors();
      throw new ERR_INVALID_ARG_TYPE('last argument', 'Function', cb);
    }
    const onError = (reason) => {
      if (!reason) {
        const err = new Error('Promise was rejected with a falsy value');
        err.code = 'ERR_FALSY_VALUE_REJECTION';
        err.reason = reason;
        reason = err;
      }
      process.nextTick(cb, reason);
    };
    Reflect.apply(original, this, args)
      .then((ret) => process.nextTick(cb, null, ret), onError);
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, { length: descriptors.length, name: descriptors.name });
  return callbackified;
}

let debugEnv;
function debugEnabled(set) {
  if (debugEnv === undefined) {
    const env = process.env.NODE_DEBUG || '';
    debugEnv = env.split(/[\s,]+/).filter(Boolean).map((s) =>
      new RegExp(`^${s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i'));
  }
  return debugEnv.some((re) => re.test(set));
}
function debuglog(set, cb) {
  set = String(set);
  let enabled;
  let logger;
  function init() {
    if (enabled === undefined) {
      enabled = debugEnabled(set);
      const pid = process.pid;
      logger = enabled ? (...args) => {
        process.stderr.write(`${set.toUpperCase()} ${pid}: ${format(...args)}\n`);
      } : () => {};
      if (typeof cb === 'function') cb(logger);
    }
  }
  const debug = (...args) => { init(); logger(...args); };
  Object.defineProperty(debug, 'enabled', { get() { init(); return enabled; }, configurable: true, enumerable: true });
  return debug;
}

// Same comparison as assert.deepStrictEqual; options.skipPrototype ignores
// prototypes and constructors.
function isDeepStrictEqual(a, b, options) {
  const skipPrototype = options != null && typeof options === 'object' && options.skipPrototype === true;
  return require('internal/util/comparisons').isDeepStrictEqual(a, b, skipPrototype);
}

function toUSVString(s) { return String(s).toWellFormed(); }

// The caller's stack as plain objects, from the engine's V8-style CallSites.
function getCallSites(frameCount = 10, options) {
  if (typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  const { validateInteger, validateObject } = require('internal/validators');
  validateInteger(frameCount, 'frameCount', 1, 200);
  if (options !== undefined) validateObject(options, 'options');
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.stackTraceLimit = frameCount + 1;
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites)) return [];
  return sites.slice(0, frameCount).map((site) => ({
    __proto__: null,
    functionName: site.getFunctionName() ?? '',
    scriptId: '0',
    scriptName: site.getFileName() ?? '',
    lineNumber: site.getLineNumber() ?? 0,
    columnNumber: site.getColumnNumber() ?? 0,
    column: site.getColumnNumber() ?? 0,
  }));
}

module.exports = {
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getCallSites,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
};
