// node:timers/promises — promise forms of the timers, with AbortSignal support.
'use strict';

const { Timeout, Immediate, insert, clearTimeout, clearImmediate } = require('internal/timers');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
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

function setTimeout(after, value, options = {}) {
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    const { signal, ref } = checkOptions(options);
    if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    return new Promise((resolve, reject) => {
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
  } catch (err) {
    return Promise.reject(err);
  }
}

function setImmediate(value, options = {}) {
  try {
    const { signal, ref } = checkOptions(options);
    if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    return new Promise((resolve, reject) => {
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
  } catch (err) {
    return Promise.reject(err);
  }
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
void ERR_INVALID_ARG_TYPE;
