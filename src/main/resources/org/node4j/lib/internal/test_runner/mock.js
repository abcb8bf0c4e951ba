// node:test's mocking: MockTracker (mock.fn, mock.method, mock.getter,
// mock.setter, mock.property) and the per-mock MockFunctionContext that
// records calls. Each test context owns a tracker that is reset when the test
// ends, so mocks made through t.mock never leak into the next test.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateObject, validateBoolean, validateInteger } = require('internal/validators');
const { MockTimers } = require('internal/test_runner/mock_timers');

// What a mock function knows about itself: `fn.mock`.
class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #restore;
  #times;
  #onceImplementations = new Map();

  constructor(implementation, original, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  // A copy: callers may not edit the record.
  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const next = onCall ?? this.#calls.length;
    validateInteger(next, 'onCall', this.#calls.length);
    this.#onceImplementations.set(next, implementation);
  }

  resetCalls() {
    this.#calls = [];
  }

  restore() {
    if (this.#restore === undefined) return;
    const { descriptor, object, name } = this.#restore;
    // No own descriptor: the method was inherited, so the mock's own copy goes.
    if (descriptor === undefined) delete object[name];
    else Object.defineProperty(object, name, descriptor);
  }

  // Which function the call number `index` runs.
  implementationFor(index) {
    const once = this.#onceImplementations.get(index);
    if (once !== undefined) {
      this.#onceImplementations.delete(index);
      return once;
    }
    if (index >= this.#times) return this.#original;
    return this.#implementation;
  }

  record(call) {
    this.#calls.push(call);
  }
}

function makeMockFunction(ctx) {
  // A Proxy keeps the original's name, length and prototype visible.
  function invoke(target, thisArg, args, newTarget) {
    const impl = ctx.implementationFor(ctx.callCount());
    const call = { __proto__: null, arguments: args, error: undefined, result: undefined, stack: new Error(), target: newTarget, this: thisArg };
    try {
      if (newTarget !== undefined) {
        call.result = Reflect.construct(impl, args, newTarget);
        call.this = call.result;
      } else {
        call.result = Reflect.apply(impl, thisArg, args);
      }
    } catch (err) {
      call.error = err;
      ctx.record(call);
      throw err;
    }
    ctx.record(call);
    return call.result;
  }
  return (target) => new Proxy(target, {
    __proto__: null,
    apply: (t, thisArg, args) => invoke(t, thisArg, args, undefined),
    construct: (t, args, newTarget) => invoke(t, undefined, args, newTarget),
    get(t, key, receiver) {
      if (key === 'mock') return ctx;
      return Reflect.get(t, key, receiver);
    },
  });
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    this.#timers ??= new MockTimers();
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const times = timesOption(options);
    const ctx = new MockFunctionContext(implementation, original, undefined, times);
    return this.#track(makeMockFunction(ctx)(original), ctx);
  }

  method(object, methodName, implementation = kDefault, options = {}) {
    validateObjectLike(object, 'object');
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object' && implementation !== kDefault) {
      options = implementation;
      implementation = kDefault;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const times = timesOption(options);
    const descriptor = findDescriptor(object, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    if (implementation === kDefault) implementation = original;
    validateFunction(implementation, 'implementation');
    const restore = { descriptor: Object.getOwnPropertyDescriptor(object, methodName), object, name: methodName };
    const ctx = new MockFunctionContext(implementation, original, restore, times);
    const mock = makeMockFunction(ctx)(original);
    const replacement = { __proto__: null, configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) {
      replacement.get = mock;
      replacement.set = descriptor.set;
    } else if (setter) {
      replacement.get = descriptor.get;
      replacement.set = mock;
    } else {
      replacement.writable = descriptor.writable;
      replacement.value = mock;
    }
    Object.defineProperty(object, methodName, replacement);
    return this.#track(mock, ctx);
  }

  getter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object' && implementation !== kDefault) {
      options = implementation;
      implementation = kDefault;
    } else {
      validateObject(options, 'options');
    }
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object' && implementation !== kDefault) {
      options = implementation;
      implementation = kDefault;
    } else {
      validateObject(options, 'options');
    }
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  // mock.property(object, name, value): the property reads `value` until
  // restored; reads and writes are recorded in `.mock.accesses`.
  property(object, propertyName, value) {
    validateObjectLike(object, 'object');
    const own = Object.getOwnPropertyDescriptor(object, propertyName);
    const original = object[propertyName];
    let current = arguments.length > 2 ? value : original;
    const accesses = [];
    const ctx = {
      __proto__: null,
      get accesses() { return accesses.slice(); },
      get accessCount() { return accesses.length; },
      mockImplementation(v) { current = v; },
      mockImplementationOnce(v, onAccess) {
        once.set(onAccess ?? accesses.length, v);
      },
      resetAccesses() { accesses.length = 0; },
      restore() {
        if (own !== undefined) Object.defineProperty(object, propertyName, own);
        else delete object[propertyName];
      },
    };
    const once = new Map();
    Object.defineProperty(object, propertyName, {
      __proto__: null,
      configurable: true,
      enumerable: own?.enumerable ?? true,
      get() {
        let result = current;
        if (once.has(accesses.length)) {
          result = once.get(accesses.length);
          once.delete(accesses.length);
        }
        accesses.push({ __proto__: null, type: 'get', value: result, stack: new Error() });
        return result;
      },
      set(v) {
        accesses.push({ __proto__: null, type: 'set', value: v, stack: new Error() });
        current = v;
      },
    });
    const handle = new Proxy(object, {
      __proto__: null,
      get(t, key, receiver) {
        if (key === 'mock') return ctx;
        return Reflect.get(t, key, receiver);
      },
    });
    this.#mocks.push(ctx);
    return handle;
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }

  #track(mock, ctx) {
    this.#mocks.push(ctx);
    return mock;
  }
}

const kDefault = Symbol('kDefault');

function timesOption(options) {
  const { times = Infinity } = options;
  if (times !== Infinity) {
    validateInteger(times, 'options.times', 1);
  }
  return times;
}

function validateObjectLike(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function findDescriptor(object, name) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor !== undefined) return descriptor;
  }
  return undefined;
}

module.exports = { MockTracker, MockFunctionContext };
