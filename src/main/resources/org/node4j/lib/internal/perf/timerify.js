// timerify(fn): a wrapper that reports each call's duration as a 'function'
// entry to observers, and records it (in ns) in an optional histogram.
'use strict';

const { validateFunction, validateObject } = require('internal/validators');
const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
const { now } = require('internal/perf/utils');
const { createPerformanceNodeEntry } = require('internal/perf/performance_entry');
const { enqueue } = require('internal/perf/observe');

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined) {
    const { isRecordableHistogram } = require('internal/histogram');
    if (!isRecordableHistogram(histogram)) {
      throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
    }
  }

  function report(start, args) {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
    const entry = createPerformanceNodeEntry(fn.name, 'function', start, duration, args);
    // As in Node, the arguments are also the entry's own (hidden) indexed properties.
    for (let i = 0; i < args.length; i++) {
      Object.defineProperty(entry, i, { __proto__: null, value: args[i], enumerable: false, configurable: true });
    }
    enqueue(entry);
  }

  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!new.target && result !== null && typeof result?.finally === 'function') {
      return result.finally(() => report(start, args));
    }
    report(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

module.exports = { timerify };
