// The iterator-helper style operators on Readable: map, filter, flatMap,
// drop, take, asIndexedPairs is gone; forEach, toArray, some, every, find,
// reduce return promises. The stream-returning ones run over async
// generators and come back as Readables (Readable.from).
'use strict';

const { AbortError, codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE,
} } = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject, validateFunction } = require('internal/validators');
const { finished } = require('internal/streams/end-of-stream');
const { isWritable, isNodeStream } = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// Both the caller's signal and our own (aborted when the consumer stops).
function linkSignals(outer) {
  const ac = new AbortController();
  const onAbort = () => ac.abort(outer.reason);
  if (outer) {
    if (outer.aborted) ac.abort(outer.reason);
    else outer.addEventListener('abort', onAbort, { once: true });
  }
  return { ac, unlink: () => outer?.removeEventListener('abort', onAbort) };
}

// map: up to `concurrency` calls of fn run at once; results keep their order
// and at most highWaterMark of them wait for the consumer.
function map(fn, options) {
  validateFunction(fn, 'fn');
  checkOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  const stream = this;
  return async function* mapped() {
    const { ac, unlink } = linkSignals(options?.signal);
    const signal = ac.signal;
    const queue = [];
    let inFlight = 0;
    let done = false;
    let wakeConsumer = null;
    let wakeProducer = null;

    const notifyConsumer = () => {
      const fnWake = wakeConsumer;
      wakeConsumer = null;
      fnWake?.();
    };
    const notifyProducer = () => {
      const fnWake = wakeProducer;
      wakeProducer = null;
      fnWake?.();
    };
    const settled = () => {
      inFlight--;
      notifyProducer();
    };

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          throwIfAborted(signal);
          try {
            val = fn(val, { signal });
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          inFlight++;
          val.then(settled, settled);
          val.catch(() => {}); // handled by the consumer, in order
          queue.push(val);
          notifyConsumer();
          while (!done && (queue.length >= highWaterMark || inFlight >= concurrency)) {
            await new Promise((resolve) => { wakeProducer = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.catch(() => {});
        queue.push(val);
      } finally {
        done = true;
        notifyConsumer();
      }
    }

    pump();
    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          throwIfAborted(signal);
          if (val !== kEmpty) yield val;
          queue.shift();
          notifyProducer();
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      unlink();
      ac.abort();
      notifyProducer();
    }
  }.call(this);
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flattened() {
    for await (const val of values) yield* val;
  }.call(this);
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

async function toArray(options) {
  checkOptions(options);
  const result = [];
  for await (const val of this) {
    throwIfAborted(options?.signal);
    result.push(val);
  }
  return result;
}

async function some(fn, options = undefined) {
  validateFunction(fn, 'fn');
  for await (const unused of filter.call(this, fn, options)) return true; // eslint-disable-line no-unused-vars
  return false;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  // every(fn) is !some(!fn).
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  checkOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await finished(this.destroy(err));
    throw err;
  }
  const { ac, unlink } = linkSignals(options?.signal);
  const signal = ac.signal;
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      throwIfAborted(options?.signal);
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    unlink();
    ac.abort();
  }
  return initialValue;
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  checkOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* dropped() {
    throwIfAborted(options?.signal);
    for await (const val of this) {
      throwIfAborted(options?.signal);
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  checkOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* taken() {
    throwIfAborted(options?.signal);
    for await (const val of this) {
      throwIfAborted(options?.signal);
      if (number-- > 0) yield val;
      // Stop pulling (and let the source be destroyed) once enough arrived.
      if (number <= 0) return;
    }
  }.call(this);
}

function compose(stream, options) {
  checkOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composedStream = require('internal/streams/compose')(this, stream);
  if (options?.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composedStream);
  }
  return composedStream;
}

module.exports = {
  streamReturningOperators: { drop, filter, flatMap, map, take, compose },
  promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
};
