// util.aborted and the transferable AbortSignal helpers.
'use strict';

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
const { validateObject } = require('internal/validators');
const { AbortController, AbortSignal } = require('internal/abort_controller');

const kTransferable = Symbol('kTransferable');
const abortedGetter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;

// A real AbortSignal, not any object with an `aborted` property.
function isAbortSignal(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    abortedGetter.call(value);
    return true;
  } catch {
    return false;
  }
}

// Stops listening for a signal once the resource it guards is collected.
const forgetOnCollect = new FinalizationRegistry((stop) => stop());

// Resolves (with the abort event) when signal aborts, unless resource was
// garbage-collected first: the listener holds no reference to resource.
async function aborted(signal, resource) {
  if (!isAbortSignal(signal)) {
    // Node words this one differently from its other argument errors.
    const err = new TypeError('signal is not of type AbortSignal.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  // A promise, not a value: resolving with it takes the same ticks as Node's.
  if (signal.aborted) return Promise.resolve();
  const { promise, resolve } = Promise.withResolvers();
  const listener = (event) => resolve(event);
  signal.addEventListener('abort', listener, { __proto__: null, once: true });
  const signalRef = new WeakRef(signal);
  forgetOnCollect.register(resource, () => signalRef.deref()?.removeEventListener('abort', listener));
  return promise;
}

// Marks signal as one structuredClone/postMessage may transfer.
function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  Object.defineProperty(signal, kTransferable, { __proto__: null, value: true, configurable: true });
  return signal;
}

function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

module.exports = { aborted, transferableAbortSignal, transferableAbortController, kTransferable };
