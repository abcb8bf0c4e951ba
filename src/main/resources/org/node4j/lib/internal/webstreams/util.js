// What the stream families share: the internal-state symbols, promise
// plumbing that user code cannot intercept, the queue-with-sizes, strategy
// extraction, ArrayBuffer transfer and the inspect helper.
'use strict';

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');

// Every stream object keeps its slots in this[kState]; kType names the class
// for brand checks (a symbol nobody outside can forge).
const kState = Symbol('kState');
const kType = Symbol('kType');

// Captured before user code runs, so a patched Promise.prototype.then never
// sees the streams' own reactions.
const PromiseThen = Promise.prototype.then;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);

function noop() {}

function then(promise, onFulfilled, onRejected) {
  return Reflect.apply(PromiseThen, promise, [onFulfilled, onRejected]);
}

// Reacts to a promise and marks the derived promise handled.
function react(promise, onFulfilled, onRejected) {
  setHandled(then(promise, onFulfilled, onRejected));
}

function setHandled(promise) {
  Reflect.apply(PromiseThen, promise, [undefined, noop]);
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// A promise for fn's result: a throw becomes a rejection.
function promiseCall(fn, thisArg, ...args) {
  try {
    return PromiseResolve(Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return PromiseReject(err);
  }
}

// The algorithm an underlying source/sink method gives, bound to its object.
function methodAlgorithm(object, name, dictName) {
  const fn = object?.[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`${dictName}.${name}`, 'Function', fn);
  return fn;
}

// ---- queue with sizes --------------------------------------------------------------

function resetQueue(state) {
  state.queue = [];
  state.queueHead = 0;
  state.queueTotalSize = 0;
}

function queueLength(state) {
  return state.queue.length - state.queueHead;
}

function enqueueValueWithSize(state, value, size) {
  size = +size;
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  state.queue.push({ value, size });
  state.queueTotalSize += size;
}

function dequeueValue(state) {
  const { value, size } = state.queue[state.queueHead];
  state.queue[state.queueHead++] = undefined;
  if (state.queueHead > 32 && state.queueHead * 2 > state.queue.length) {
    state.queue = state.queue.slice(state.queueHead);
    state.queueHead = 0;
  }
  state.queueTotalSize -= size;
  if (state.queueTotalSize < 0) state.queueTotalSize = 0;
  return value;
}

function peekQueueValue(state) {
  return state.queue[state.queueHead].value;
}

// ---- strategies --------------------------------------------------------------------

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// ---- array buffers -----------------------------------------------------------------

function isDetached(buffer) {
  return buffer.detached === true;
}

function canTransfer(buffer) {
  return !isDetached(buffer) && !(typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer);
}

function transferArrayBuffer(buffer) {
  return buffer.transfer();
}

function arrayBufferViewInfo(view) {
  return { buffer: view.buffer, byteOffset: view.byteOffset, byteLength: view.byteLength };
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

function cloneAsUint8Array(view) {
  const { buffer, byteOffset, byteLength } = view;
  return new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength));
}

// ---- objects -----------------------------------------------------------------------

// A dictionary argument: undefined/null give {}; other non-objects fail.
function validateDictionary(value, name) {
  if (value == null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  return value;
}

function isBrand(value, type) {
  return value !== null && typeof value === 'object' && value[kType] === type;
}

function brandCheck(value, type) {
  if (!isBrand(value, type)) throw new ERR_INVALID_THIS(type);
}

// Marks the methods and accessors of a class enumerable (WebIDL) and gives it
// its toStringTag (name null: none, as node's encoding streams have none).
function defineInterface(cls, name = cls.name) {
  const proto = cls.prototype;
  for (const key of Reflect.ownKeys(proto)) {
    if (key === 'constructor' || typeof key === 'symbol') continue;
    const desc = Reflect.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    Reflect.defineProperty(proto, key, desc);
  }
  if (name === null) return;
  Reflect.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

// Copies slots as own data properties ([[DefineOwnProperty]], so setters a
// page put on Object.prototype never run).
function defineSlots(target, slots) {
  for (const key of Object.keys(slots)) {
    Object.defineProperty(target, key, {
      __proto__: null, value: slots[key], writable: true, enumerable: true, configurable: true,
    });
  }
  return target;
}

let inspect;
// "Name { a: 1, b: 2 }" as node prints its stream objects.
function customInspect(self, type, depth, options, data) {
  brandCheck(self, type);
  inspect ??= require('internal/util/inspect').inspect;
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${type} ${inspect(data, opts)}`;
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

module.exports = {
  kState, kType, kInspect, noop, then, react, setHandled, deferred, promiseCall, methodAlgorithm,
  PromiseResolve, PromiseReject,
  resetQueue, queueLength, enqueueValueWithSize, dequeueValue, peekQueueValue,
  extractHighWaterMark, extractSizeAlgorithm,
  isDetached, canTransfer, transferArrayBuffer, arrayBufferViewInfo, copyDataBlockBytes, cloneAsUint8Array,
  validateDictionary, isBrand, brandCheck, defineInterface, customInspect, defineSlots,
};
