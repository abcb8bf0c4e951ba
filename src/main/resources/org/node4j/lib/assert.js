// The assert module: assert() / assert.ok and the comparison, throw and
// rejection assertions, the Assert class, AssertionError and CallTracker.
'use strict';

const { AssertionError } = require('internal/assert/assertion_error');
const { innerOk, isError } = require('internal/assert/utils');
const {
  isDeepEqual, isDeepStrictEqual, isPartialStrictEqual,
} = require('internal/util/comparisons');
const { inspect } = require('internal/util/inspect');
const types = require('internal/util/types');

function errors() { return require('internal/errors').codes; }

const kOptions = Symbol('options');
const kDefaults = Object.freeze({
  __proto__: null, diff: 'simple', strict: false, skipPrototype: false,
});
const kNoException = Symbol('no exception');

function optionsOf(self) {
  if (self !== null && typeof self === 'object' && self[kOptions] !== undefined) {
    return self[kOptions];
  }
  return kDefaults;
}

function innerFail(obj) {
  if (isError(obj.message)) throw obj.message;
  throw new AssertionError(obj);
}

function requireTwo(argc) {
  if (argc < 2) throw new (errors().ERR_MISSING_ARGS)('actual', 'expected');
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

function fail(actual, expected, message, operator, stackStartFn) {
  const argc = arguments.length;
  let generated = false;
  if (argc < 2) {
    if (argc === 1) message = actual;
    actual = undefined;
    if (message == null) {
      message = 'Failed';
      generated = true;
    }
  } else {
    warnFailArgs();
    if (argc === 2) operator = '!=';
  }
  if (isError(message)) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: optionsOf(this).diff,
  });
  if (generated) err.generatedMessage = true;
  throw err;
}

let warnedFailArgs = false;
function warnFailArgs() {
  if (warnedFailArgs) return;
  warnedFailArgs = true;
  process.emitWarning(
    'assert.fail() with more than one argument is deprecated. ' +
      'Please use assert.strictEqual() instead or only pass a message.',
    'DeprecationWarning',
    'DEP0094',
  );
}

function equal(actual, expected, message) {
  requireTwo(arguments.length);
  const opts = optionsOf(this);
  if (opts.strict) {
    strictCheck(actual, expected, message, equal, opts);
    return;
  }
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (actual === actual || expected === expected)) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal, diff: opts.diff });
  }
}

function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  const opts = optionsOf(this);
  if (opts.strict) {
    notStrictCheck(actual, expected, message, notEqual, opts);
    return;
  }
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: opts.diff });
  }
}

function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  const opts = optionsOf(this);
  if (opts.strict) {
    deepStrictCheck(actual, expected, message, deepEqual, opts);
    return;
  }
  if (!isDeepEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual, diff: opts.diff,
    });
  }
}

function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  const opts = optionsOf(this);
  if (opts.strict) {
    notDeepStrictCheck(actual, expected, message, notDeepEqual, opts);
    return;
  }
  if (isDeepEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual, diff: opts.diff,
    });
  }
}

function deepStrictCheck(actual, expected, message, fn, opts) {
  if (!isDeepStrictEqual(actual, expected, opts.skipPrototype)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff: opts.diff,
    });
  }
}

function notDeepStrictCheck(actual, expected, message, fn, opts) {
  if (isDeepStrictEqual(actual, expected, opts.skipPrototype)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: fn, diff: opts.diff,
    });
  }
}

function strictCheck(actual, expected, message, fn, opts) {
  if (!Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'strictEqual', stackStartFn: fn, diff: opts.diff,
    });
  }
}

function notStrictCheck(actual, expected, message, fn, opts) {
  if (Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: fn, diff: opts.diff,
    });
  }
}

function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  deepStrictCheck(actual, expected, message, deepStrictEqual, optionsOf(this));
}

function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  notDeepStrictCheck(actual, expected, message, notDeepStrictEqual, optionsOf(this));
}

function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  strictCheck(actual, expected, message, strictEqual, optionsOf(this));
}

function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  notStrictCheck(actual, expected, message, notStrictEqual, optionsOf(this));
}

function partialDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isPartialStrictEqual(actual, expected)) {
    innerFail({
      actual,
      expected,
      message,
      operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual,
      diff: optionsOf(this).diff,
    });
  }
}

// Placeholder objects so that a failed validation object prints as a diff of
// the compared keys only.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' &&
            types.isRegExp(obj[key]) && RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn, opts) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({
        actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn, diff: opts.diff,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({
      actual, expected, message, operator: fn.name, stackStartFn: fn, diff: opts.diff,
    });
  }
}

function expectedException(actual, expected, message, fn, opts) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff: opts.diff,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new (errors().ERR_INVALID_ARG_VALUE)('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn, opts);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({
    actual, expected, message, operator: fn.name, stackStartFn: fn, diff: opts.diff,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function getActual(fn) {
  if (typeof fn !== 'function') throw new (errors().ERR_INVALID_ARG_TYPE)('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return kNoException;
}

function isPromiseLike(value) {
  return types.isPromise(value) ||
    (value !== null && typeof value === 'object' &&
     typeof value.then === 'function' && typeof value.catch === 'function');
}

function invalidReturnValue(value) {
  const { ERR_INVALID_RETURN_VALUE } = errors();
  return new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', value);
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) throw invalidReturnValue(promise);
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new (errors().ERR_INVALID_ARG_TYPE)('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return kNoException;
}

function expectsError(fn, actual, opts, args) {
  let [error, message] = args;
  if (typeof error === 'string') {
    if (args.length === 2) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new (errors().ERR_AMBIGUOUS_ARGUMENT)(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new (errors().ERR_AMBIGUOUS_ARGUMENT)(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === kNoException) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: fn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn: fn,
      diff: opts.diff,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, fn, opts);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    }
    throw new (errors().ERR_INVALID_ARG_TYPE)('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, opts, args) {
  if (actual === kNoException) return;
  let [error, message] = args;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn: fn,
      diff: opts.diff,
    });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), optionsOf(this), args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), optionsOf(this), args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), optionsOf(this), args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), optionsOf(this), args);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
  });
  // Append the original error's frames to the assertion's stack.
  const origStack = err !== null && typeof err === 'object' ? err.stack : undefined;
  if (typeof origStack === 'string') {
    const origFrames = origStack.split('\n').filter((l) => /^\s+at /.test(l));
    const newLines = String(newErr.stack).split('\n');
    const ownFrames = newLines.filter((l) => /^\s+at /.test(l));
    const head = newLines.slice(0, newLines.length - ownFrames.length);
    // Drop the frames both stacks share (the common callers).
    let shared = 0;
    while (shared < origFrames.length && shared < ownFrames.length &&
           origFrames[origFrames.length - 1 - shared] === ownFrames[ownFrames.length - 1 - shared]) {
      shared++;
    }
    const frames = origFrames.slice(0, origFrames.length - shared);
    newErr.stack = [...head, ...frames, ...ownFrames].join('\n');
  }
  throw newErr;
}

function internalMatch(string, regexp, message, fn) {
  if (!types.isRegExp(regexp)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('regexp', 'RegExp', regexp);
  }
  const wantMatch = fn === match;
  if (typeof string !== 'string' ||
      (RegExp.prototype.exec.call(regexp, string) !== null) !== wantMatch) {
    if (isError(message)) throw message;
    const generatedMessage = !message;
    if (!message) {
      if (typeof string !== 'string') {
        message = 'The "string" argument must be of type string. Received type ' +
          `${typeof string} (${inspect(string)})`;
      } else {
        message = (wantMatch ?
          'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
      }
    }
    const err = new AssertionError({
      actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

// A function, not a class: node reports a call without `new` as
// ERR_CONSTRUCT_CALL_REQUIRED rather than the engine's TypeError.
function Assert(options = {}) {
  if (new.target === undefined) {
    const { ERR_CONSTRUCT_CALL_REQUIRED } = require('internal/errors').codes;
    throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  }
  const { validateOneOf } = require('internal/validators');
  const { diff = 'simple', strict = true, skipPrototype = false } = options;
  validateOneOf(diff, 'options.diff', ['simple', 'full']);
  Object.defineProperty(this, kOptions, {
    __proto__: null,
    value: Object.freeze({ __proto__: null, diff, strict: !!strict, skipPrototype: !!skipPrototype }),
    enumerable: false,
  });
  this.AssertionError = AssertionError;
  if (strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

const methods = {
  deepEqual,
  deepStrictEqual,
  doesNotMatch,
  doesNotReject,
  doesNotThrow,
  equal,
  fail,
  ifError,
  match,
  notDeepEqual,
  notDeepStrictEqual,
  notEqual,
  notStrictEqual,
  ok,
  partialDeepStrictEqual,
  rejects,
  strictEqual,
  throws,
};
// An Assert's ok is its own function: assert.ok is the module itself and
// carries every other method as a property.
function assertInstanceOk(...args) {
  innerOk(assertInstanceOk, args.length, ...args);
}
Object.defineProperty(assertInstanceOk, 'name', { __proto__: null, value: 'ok' });
for (const name of Object.keys(methods)) {
  Object.defineProperty(Assert.prototype, name, {
    __proto__: null, value: name === 'ok' ? assertInstanceOk : methods[name],
    writable: true, enumerable: false, configurable: true,
  });
}

const assert = module.exports = ok;
Object.assign(assert, methods);
assert.AssertionError = AssertionError;
assert.Assert = Assert;

let CallTrackerClass;
let warnedCallTracker = false;
Object.defineProperty(assert, 'CallTracker', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (CallTrackerClass === undefined) {
      const Tracker = require('internal/assert/calltracker');
      CallTrackerClass = class CallTracker extends Tracker {
        constructor() {
          if (!warnedCallTracker) {
            warnedCallTracker = true;
            process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
          }
          super();
        }
      };
    }
    return CallTrackerClass;
  },
  set(value) {
    Object.defineProperty(assert, 'CallTracker', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
});

// Strict assertion mode: the loose methods are replaced by the strict ones.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
Object.defineProperty(strict, 'CallTracker',
  Object.getOwnPropertyDescriptor(assert, 'CallTracker'));
assert.strict = strict;
assert.strict.strict = assert.strict;
