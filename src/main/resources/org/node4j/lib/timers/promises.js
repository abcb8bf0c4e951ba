// node:timers/promises — promise forms of the timers, with AbortSignal support.
'use strict';

const { Timeout, Immediate, insert, clearTimeout, clearImmediate } = require('internal/timers');
const { AbortError } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject, validateNumber } = require('internal/validators');

function cancelListener(clear, timer, reject, signal) {
  clear(timer);
  reject(new AbortError(undefined, { cause: signal.reason }));
}

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// Both are async functions that await their pending promise: a rejection by
// an abort then reaches the caller one microtask later than the rejection of a
// call made with an already-aborted signal (thrown synchronously here), which
// is the order Node's users observe.
async function setTimeout(after, value, options = {}) {
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return await new Promise((resolve, reject) => {
    let onAbort;
    const timeout = new Timeout(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, after, undefined, false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      onAbort = () => cancelListener(clearTimeout, timeout, reject, signal);
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

async function setImmediate(value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return await new Promise((resolve, reject) => {
    let onAbort;
    const immediate = new Immediate(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, undefined);
    if (!ref) immediate.unref();
    if (signal) {
      onAbort = () => cancelListener(clearImmediate, immediate, reject, signal);
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options');
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = new Timeout(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearTimeout(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
