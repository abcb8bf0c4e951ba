// AbortController and AbortSignal (abort, timeout, any), as in the DOM standard.
'use strict';

const {
  EventTarget, Event, defineEventHandler, kTrustEvent,
} = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateUint32, validateObject } = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');

const kDontThrow = Symbol('kDontThrow');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let maxListenersSymbol;
function kMaxListeners() {
  if (maxListenersSymbol === undefined) maxListenersSymbol = require('events').kMaxEventTargetListeners;
  return maxListenersSymbol;
}

function inspectWith(inspect, value, options) {
  if (typeof inspect === 'function') return inspect(value, options);
  return require('internal/util/inspect').inspect(value, options);
}

function customInspect(self, obj, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = { ...options, depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth };
  return `${self.constructor.name} ${inspectWith(inspect, obj, opts)}`;
}

let isAbortSignalImpl;
function isAbortSignal(value) {
  return value != null && typeof value === 'object' && isAbortSignalImpl(value);
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #dependants = undefined; // signals made by any() that follow this one
  #timer = undefined;

  constructor(dontThrow = undefined) {
    if (dontThrow !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kMaxListeners()] = 0;
  }

  static _is(value) {
    return #aborted in value;
  }

  get aborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#aborted;
  }

  get reason() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#reason;
  }

  throwIfAborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    if (this.#aborted) throw this.#reason;
  }

  [kInspect](depth, options, inspect) {
    if (!isAbortSignal(this)) return this;
    return customInspect(this, { aborted: this.#aborted }, depth, options, inspect);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kDontThrow);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    const timer = setTimeout(() => {
      signal.#timer = undefined;
      abortSignal(signal,
                         new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer?.unref?.();
    signal.#timer = timer;
    return signal;
  }

  static any(signals) {
    if (signals == null || typeof signals[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    }
    const list = [...signals];
    for (let i = 0; i < list.length; i++) {
      if (!isAbortSignal(list[i])) {
        const err = new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', list[i]);
        err.message = `signals[${i}] is not of type AbortSignal.`;
        throw err;
      }
    }
    const result = new AbortSignal(kDontThrow);
    for (const source of list) {
      if (source.#aborted) {
        result.#aborted = true;
        result.#reason = source.#reason;
        return result;
      }
    }
    for (const source of list) {
      if (source.#dependants === undefined) source.#dependants = [];
      source.#dependants.push(new WeakRef(result));
    }
    return result;
  }

  // Runs the "signal abort" steps: set the reason, fire 'abort', then abort
  // the signals that any() made from this one.
  static _abort(signal, reason) {
    if (signal.#aborted) return;
    signal.#aborted = true;
    signal.#reason = reason;
    if (signal.#timer !== undefined) {
      clearTimeout(signal.#timer);
      signal.#timer = undefined;
    }
    const event = new Event('abort', { [kTrustEvent]: true });
    signal.dispatchEvent(event);
    const dependants = signal.#dependants;
    signal.#dependants = undefined;
    if (dependants !== undefined) {
      for (const ref of dependants) {
        const dependant = ref.deref();
        if (dependant !== undefined) abortSignal(dependant, reason);
      }
    }
  }
}

const abortSignal = AbortSignal._abort;
delete AbortSignal._abort;
isAbortSignalImpl = AbortSignal._is;
delete AbortSignal._is;

// Methods of static are non-enumerable on the class; the instance getters are enumerable.
Object.defineProperties(AbortSignal.prototype, {
  aborted: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
  },
});
defineEventHandler(AbortSignal.prototype, 'abort');
// node reads the 'abort' handler only through the prototype getter.

class AbortController {
  #signal;

  constructor() {
    this.#signal = new AbortSignal(kDontThrow);
  }

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { signal: this.signal }, depth, options, inspect);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortController',
  },
});

function newAbortSignal() {
  return new AbortSignal(kDontThrow);
}

module.exports = {
  AbortController,
  AbortSignal,
  DOMException,
  abortSignal,
  newAbortSignal,
  isAbortSignal,
};
void validateObject;
