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
  if (code !== undefined) require('internal/validators').validateString(code, 'code');
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
  // Same arity as the wrapped function, as Node's wrapper reports.
  Object.defineProperty(deprecated, 'length', { __proto__: null, value: fn.length, configurable: true });
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = require('internal/util/promisify_args');

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
    const last = args.pop();
    if (typeof last !== 'function') {
      const { ERR_INVALID_ARG_TYPE } = lazyErrors();
      throw new ERR_INVALID_ARG_TYPE('last argument', 'Function', last);
    }
    // The callback runs with the same `this` as the callbackified call.
    const cb = last.bind(this);
    const onError = (reason) => {
      if (!reason) {
        const { ERR_FALSY_VALUE_REJECTION } = lazyErrors();
        const err = new ERR_FALSY_VALUE_REJECTION();
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

// util.getSystemErrorName/Message: a negative errno (as in err.errno) to
// libuv's code and message.
function validateErrno(err) {
  const { validateNumber } = require('internal/validators');
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    const { ERR_OUT_OF_RANGE } = lazyErrors();
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  validateErrno(err);
  return require('internal/util/errno').errname(err);
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  return require('internal/util/errno').errmessage(err);
}

function getSystemErrorMap() {
  return require('internal/util/errno').errmap();
}

function parseEnv(content) {
  require('internal/validators').validateString(content, 'content');
  return require('internal/dotenv').parse(content);
}

// The exit code a shell reports for a process killed by signalCode.
function convertProcessSignalToExitCode(signalCode) {
  const { validateOneOf, validateString } = require('internal/validators');
  const { signals } = require('internal/process/signals');
  validateString(signalCode, 'signalCode');
  validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + signals[signalCode];
}

// Printing a stack trace on SIGINT needs an inspector-level watchdog this
// runtime does not have; the switch is validated and remembered only.
let traceSigInt = false;
function setTraceSigInt(enable) {
  require('internal/validators').validateBoolean(enable, 'enable');
  traceSigInt = enable;
  return undefined;
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

// A function whose module loads on first call (keeps util's own load small),
// with the name and length Node's has.
function lazyFunction(id, name, length, publicName = name) {
  const fn = {
    [publicName](...args) { return Reflect.apply(require(id)[name], this, args); },
  }[publicName];
  Object.defineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
  return fn;
}

const { MIMEType, MIMEParams } = require('internal/mime');
const { TextDecoder, TextEncoder } = require('internal/encoding');

// In Node's key order (Object.keys(util) is compared by some tests).
module.exports = {
  _errnoException: lazyFunction('internal/errors', 'errnoException', 0, '_errnoException'),
  _exceptionWithHostPort: lazyFunction('internal/errors', 'exceptionWithHostPort', 0, '_exceptionWithHostPort'),
  _extend: deprecate(extend,
    'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText: lazyFunction('internal/util/style_text', 'styleText', 3),
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal: lazyFunction('internal/util/aborted', 'transferableAbortSignal', 1),
  transferableAbortController: lazyFunction('internal/util/aborted', 'transferableAbortController', 0),
  aborted: lazyFunction('internal/util/aborted', 'aborted', 2),
  types,
  parseEnv,
  parseArgs: lazyFunction('internal/util/parse_args', 'parseArgs', 0),
  TextDecoder,
  TextEncoder,
  MIMEType,
  MIMEParams,
  diff: lazyFunction('internal/util/diff', 'diff', 2),
  setTraceSigInt,
};
