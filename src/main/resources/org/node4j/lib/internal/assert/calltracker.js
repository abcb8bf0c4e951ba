// assert.CallTracker (deprecated, DEP0173): counts calls of wrapped functions.
'use strict';

const { AssertionError } = require('internal/assert/assertion_error');

class CallTracker {
  #calls = new Map(); // proxy -> record

  calls(fn, expected = 1) {
    if (process._exiting) {
      const { ERR_UNAVAILABLE_DURING_EXIT } = require('internal/errors').codes;
      throw new ERR_UNAVAILABLE_DURING_EXIT();
    }
    if (typeof fn === 'number') {
      expected = fn;
      fn = undefined;
    }
    if (fn === undefined) fn = function calls() {};
    const { validateFunction, validateUint32 } = require('internal/validators');
    validateUint32(expected, 'expected', true);
    validateFunction(fn, 'fn');
    const record = {
      expected,
      actual: 0,
      name: fn.name || 'calls',
      stackTrace: new Error(),
      calls: [],
    };
    const proxy = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        record.actual++;
        record.calls.push({ thisArg, arguments: args });
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#calls.set(proxy, record);
    return proxy;
  }

  #record(tracked) {
    const record = this.#calls.get(tracked);
    if (record === undefined) {
      const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return record;
  }

  // A frozen snapshot: callers may read the record, never edit it.
  getCalls(tracked) {
    return Object.freeze(this.#record(tracked).calls.map((c) =>
      Object.freeze({ thisArg: c.thisArg, arguments: Object.freeze(c.arguments.slice()) })));
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#calls.values()) {
        record.actual = 0;
        record.calls = [];
      }
      return;
    }
    const record = this.#record(tracked);
    record.actual = 0;
    record.calls = [];
  }

  report() {
    const errors = [];
    for (const record of this.#calls.values()) {
      if (record.actual !== record.expected) {
        errors.push({
          message: `Expected the ${record.name} function to be executed ${record.expected} ` +
            `time(s) but was executed ${record.actual} time(s).`,
          actual: record.actual,
          expected: record.expected,
          operator: record.name,
          stack: record.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
