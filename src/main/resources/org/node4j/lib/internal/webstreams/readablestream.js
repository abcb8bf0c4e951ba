// ReadableStream and its readers and controllers, as the WHATWG Streams
// standard defines them: default and byte streams, BYOB reads, tee, pipeTo,
// async iteration and ReadableStream.from. The spec's abstract operations are
// the module's functions; each object's slots live in this[kState].
'use strict';

const {
  AbortError,
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateAbortSignal, validateObject } = require('internal/validators');
const {
  kState, kType, kInspect, noop, then, react, setHandled, deferred, promiseCall, methodAlgorithm,
  PromiseResolve, PromiseReject,
  resetQueue, enqueueValueWithSize, dequeueValue, queueLength,
  extractHighWaterMark, extractSizeAlgorithm,
  isDetached, canTransfer, transferArrayBuffer, copyDataBlockBytes, cloneAsUint8Array,
  isBrand, customInspect, defineInterface, validateDictionary, defineSlots,
} = require('internal/webstreams/util');
const {
  kIsClosedPromise, kControllerErrorFunction, kIsDisturbed, kIsErrored, kIsReadable,
} = require('internal/streams/utils');
const { kTransfer } = require('internal/structured_clone');

let writable;
function lazyWritable() {
  writable ??= require('internal/webstreams/writablestream');
  return writable;
}

const kReadableStream = 'ReadableStream';
const kDefaultReader = 'ReadableStreamDefaultReader';
const kBYOBReader = 'ReadableStreamBYOBReader';
const kBYOBRequest = 'ReadableStreamBYOBRequest';
const kDefaultController = 'ReadableStreamDefaultController';
const kByteController = 'ReadableByteStreamController';
// Lets the internal constructions through the "Illegal constructor" checks.
const kPrivate = Symbol('kPrivate');

const typedArrayConstructors = new Map([
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
  ...(typeof Float16Array === 'function' ? [Float16Array] : []),
].map((ctor) => [ctor.name, ctor]));
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function typeError(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function viewBuffer(view) {
  return view.buffer;
}

const isReadableStream = (value) => isBrand(value, kReadableStream);
const isDefaultReader = (value) => isBrand(value, kDefaultReader);
const isBYOBReader = (value) => isBrand(value, kBYOBReader);
const isDefaultController = (value) => isBrand(value, kDefaultController);
const isByteController = (value) => isBrand(value, kByteController);

// ---- ReadableStream ----------------------------------------------------------------

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === kPrivate) {
      initializeReadableStream(this);
      return;
    }
    validateObject(source, 'source', { allowArray: true, allowFunction: true });
    validateDictionary(strategy, 'strategy');
    initializeReadableStream(this);
    // The strategy (a WebIDL dictionary argument) is read first, then the
    // source's members in alphabetical order.
    const hwmValue = strategy?.highWaterMark;
    const size = strategy?.size;
    const autoAllocate = source.autoAllocateChunkSize;
    const cancel = methodAlgorithm(source, 'cancel', 'source');
    const pull = methodAlgorithm(source, 'pull', 'source');
    const start = methodAlgorithm(source, 'start', 'source');
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', size);
      const highWaterMark = extractHighWaterMark(hwmValue, 0);
      let autoAllocateChunkSize;
      if (autoAllocate !== undefined) {
        autoAllocateChunkSize = toUnsignedLongLong(autoAllocate, 'source.autoAllocateChunkSize');
        if (autoAllocateChunkSize === 0) {
          throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocate);
        }
      }
      setUpByteControllerFromSource(this, source, start, pull, cancel, highWaterMark, autoAllocateChunkSize);
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      const sizeAlgorithm = extractSizeAlgorithm(size);
      const highWaterMark = extractHighWaterMark(hwmValue, 1);
      setUpDefaultControllerFromSource(this, source, start, pull, cancel, highWaterMark, sizeAlgorithm);
    }
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS(kReadableStream);
    return isLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return PromiseReject(new ERR_INVALID_THIS(kReadableStream));
    if (isLocked(this)) return PromiseReject(typeError('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS(kReadableStream);
    validateDictionary(options, 'options');
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS(kReadableStream);
    const { isWritableStream } = lazyWritable();
    const readable = transform?.readable;
    if (!isReadableStream(readable)) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    const dest = transform?.writable;
    if (!isWritableStream(dest)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
    const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
    if (isLocked(this)) throw typeError('The ReadableStream is locked');
    if (lazyWritable().isLocked(dest)) throw typeError('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, dest, preventClose, preventAbort, preventCancel, signal);
    setHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS(kReadableStream);
      const { isWritableStream } = lazyWritable();
      if (!isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
      if (isLocked(this)) throw typeError('The ReadableStream is locked');
      if (lazyWritable().isLocked(destination)) throw typeError('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (err) {
      return PromiseReject(err);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS(kReadableStream);
    return readableStreamTee(this, false);
  }

  values(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS(kReadableStream);
    validateDictionary(options, 'options');
    const preventCancel = !!options?.preventCancel;
    const reader = new ReadableStreamDefaultReader(this);
    return createAsyncIterator(reader, preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, kReadableStream, depth, options, {
      locked: this.locked,
      state: state.state,
      supportsBYOB: isByteController(state.controller),
    });
  }

  get [kIsDisturbed]() { return this[kState].disturbed; }
  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsReadable]() { return this[kState].state === 'readable'; }
  get [kIsClosedPromise]() { return this[kState].isClosed; }
  get [kControllerErrorFunction]() { return this[kState].controllerError; }

  // structuredClone's transfer: the receiver gets a stream reading this one,
  // which stays locked until the copy is done with it.
  [kTransfer](check = false) {
    if (check) return isLocked(this) ? 'ReadableStream is locked' : undefined;
    return transferReadable(this);
  }
}

const ReadableStreamAsyncIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null, value: ReadableStream.prototype.values, writable: true, enumerable: false, configurable: true,
});

function readPipeOptions(options) {
  validateDictionary(options, 'options');
  const preventAbort = !!options?.preventAbort;
  const preventCancel = !!options?.preventCancel;
  const preventClose = !!options?.preventClose;
  const signal = options?.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return { preventAbort, preventCancel, preventClose, signal };
}

function toUnsignedLongLong(value, name) {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new ERR_INVALID_ARG_VALUE(name, value);
  const int = Math.trunc(n);
  if (int < 0 || int > Number.MAX_SAFE_INTEGER) throw new ERR_INVALID_ARG_VALUE(name, value);
  return int;
}

function initializeReadableStream(stream) {
  Object.defineProperty(stream, kType, { __proto__: null, value: kReadableStream });
  stream[kState] = {
    state: 'readable',
    storedError: undefined,
    disturbed: false,
    reader: undefined,
    controller: undefined,
    isClosed: deferred(),
    controllerError: noop,
  };
}

function createReadableStream(start, pull, cancel, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = new ReadableStream(kPrivate);
  const controller = new ReadableStreamDefaultController(kPrivate);
  setUpDefaultController(stream, controller, start, pull, cancel, highWaterMark, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = new ReadableStream(kPrivate);
  const controller = new ReadableByteStreamController(kPrivate);
  setUpByteController(stream, controller, start, pull, cancel, 0, undefined);
  return stream;
}

function isLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return PromiseResolve();
  if (state.state === 'errored') return PromiseReject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.closeSteps(undefined);
  }
  const sourceCancel = state.controller[kState].cancelSteps(reason);
  return then(sourceCancel, noop);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  state.isClosed.resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.closeSteps();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  state.isClosed.reject(error);
  setHandled(state.isClosed.promise);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.reject(error);
  setHandled(reader[kState].closed.promise);
  if (isDefaultReader(reader)) {
    errorReadRequests(reader, error);
  } else {
    errorReadIntoRequests(reader, error);
  }
}

function addReadRequest(stream, request) {
  stream[kState].reader[kState].readRequests.push(request);
}

function addReadIntoRequest(stream, request) {
  stream[kState].reader[kState].readIntoRequests.push(request);
}

function fulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.closeSteps();
  else request.chunkSteps(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.closeSteps(chunk);
  else request.chunkSteps(chunk);
}

function numReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function numReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function hasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isDefaultReader(reader);
}

function hasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBYOBReader(reader);
}

// ---- readers -----------------------------------------------------------------------

function genericInitialize(reader, stream) {
  const readerState = reader[kState];
  const streamState = stream[kState];
  readerState.stream = stream;
  streamState.reader = reader;
  readerState.closed = deferred();
  if (streamState.state === 'closed') {
    readerState.closed.resolve();
  } else if (streamState.state === 'errored') {
    readerState.closed.reject(streamState.storedError);
    setHandled(readerState.closed.promise);
  }
}

function genericRelease(reader) {
  const readerState = reader[kState];
  const stream = readerState.stream;
  const streamState = stream[kState];
  const error = typeError('Reader released');
  if (streamState.state === 'readable') {
    readerState.closed.reject(error);
  } else {
    readerState.closed = deferred();
    readerState.closed.reject(error);
  }
  setHandled(readerState.closed.promise);
  streamState.controller[kState].releaseSteps();
  streamState.reader = undefined;
  readerState.stream = undefined;
}

function genericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function errorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.errorSteps(error);
}

function errorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.errorSteps(error);
}

function defaultReaderRelease(reader) {
  genericRelease(reader);
  errorReadRequests(reader, typeError('Reader released'));
}

function byobReaderRelease(reader) {
  genericRelease(reader);
  errorReadIntoRequests(reader, typeError('Reader released'));
}

function defaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') request.closeSteps();
  else if (state.state === 'errored') request.errorSteps(state.storedError);
  else state.controller[kState].pullSteps(request);
}

function byobReaderRead(reader, view, min, request) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'errored') request.errorSteps(state.storedError);
  else byteControllerPullInto(state.controller, view, min, request);
}

function acquireDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

function acquireBYOBReader(stream) {
  return new ReadableStreamBYOBReader(stream);
}

function readResult(value, done) {
  return { value, done };
}

// The spec's ReadableStreamGenericReader members, shared by both readers
// (each keeps its own brand check, so errors name the right class).
function readerClosed(reader, isBrand, name) {
  if (!isBrand(reader)) return PromiseReject(new ERR_INVALID_THIS(name));
  return reader[kState].closed.promise;
}

function readerCancel(reader, isBrand, name, reason) {
  if (!isBrand(reader)) return PromiseReject(new ERR_INVALID_THIS(name));
  if (reader[kState].stream === undefined) {
    return PromiseReject(typeError('The reader is not attached to a stream'));
  }
  return genericCancel(reader, reason);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    Object.defineProperty(this, kType, { __proto__: null, value: kDefaultReader });
    this[kState] = { stream: undefined, closed: undefined, readRequests: [] };
    if (isLocked(stream)) throw typeError('ReadableStream is locked');
    genericInitialize(this, stream);
  }

  read() {
    if (!isDefaultReader(this)) return PromiseReject(new ERR_INVALID_THIS(kDefaultReader));
    if (this[kState].stream === undefined) {
      return PromiseReject(typeError('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = deferred();
    defaultReaderRead(this, {
      chunkSteps: (chunk) => resolve(readResult(chunk, false)),
      closeSteps: () => resolve(readResult(undefined, true)),
      errorSteps: reject,
    });
    return promise;
  }

  releaseLock() {
    if (!isDefaultReader(this)) throw new ERR_INVALID_THIS(kDefaultReader);
    if (this[kState].stream === undefined) return;
    defaultReaderRelease(this);
  }

  get closed() {
    return readerClosed(this, isDefaultReader, kDefaultReader);
  }

  cancel(reason = undefined) {
    return readerCancel(this, isDefaultReader, kDefaultReader, reason);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, kDefaultReader, depth, options, {
      stream: state.stream,
      readRequests: state.readRequests.length,
      close: state.closed.promise,
    });
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    Object.defineProperty(this, kType, { __proto__: null, value: kBYOBReader });
    this[kState] = { stream: undefined, closed: undefined, readIntoRequests: [] };
    if (isLocked(stream)) throw typeError('ReadableStream is locked');
    if (!isByteController(stream[kState].controller)) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    genericInitialize(this, stream);
  }

  read(view, options = undefined) {
    if (!isBYOBReader(this)) return PromiseReject(new ERR_INVALID_THIS(kBYOBReader));
    if (!isArrayBufferView(view)) {
      return PromiseReject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    try {
      validateDictionary(options, 'options');
    } catch (err) {
      return PromiseReject(err);
    }
    const buffer = viewBuffer(view);
    if (view.byteLength === 0 || buffer.byteLength === 0) {
      return PromiseReject(typeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (isDetached(buffer)) return PromiseReject(typeError('Viewed ArrayBuffer is detached'));
    let min = options?.min;
    if (min === undefined) {
      min = 1;
    } else {
      min = Number(min);
      if (!Number.isFinite(min)) {
        return PromiseReject(new ERR_INVALID_ARG_VALUE('options.min', options.min, 'must be an integer'));
      }
      min = Math.trunc(min);
    }
    if (min <= 0) return PromiseReject(new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
    if (view instanceof DataView) {
      if (min > view.byteLength) return PromiseReject(new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min));
    } else if (min > view.length) {
      return PromiseReject(new ERR_OUT_OF_RANGE('options.min', '<= view.length', min));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(typeError('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = deferred();
    byobReaderRead(this, view, min, {
      chunkSteps: (chunk) => resolve(readResult(chunk, false)),
      closeSteps: (chunk) => resolve(readResult(chunk, true)),
      errorSteps: reject,
    });
    return promise;
  }

  releaseLock() {
    if (!isBYOBReader(this)) throw new ERR_INVALID_THIS(kBYOBReader);
    if (this[kState].stream === undefined) return;
    byobReaderRelease(this);
  }

  get closed() {
    return readerClosed(this, isBYOBReader, kBYOBReader);
  }

  cancel(reason = undefined) {
    return readerCancel(this, isBYOBReader, kBYOBReader, reason);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, kBYOBReader, depth, options, {
      stream: state.stream,
      readIntoRequests: state.readIntoRequests.length,
      close: state.closed.promise,
    });
  }
}

// ---- default controller ------------------------------------------------------------

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, kType, { __proto__: null, value: kDefaultController });
    this[kState] = {};
  }

  get desiredSize() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS(kDefaultController);
    return defaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS(kDefaultController);
    if (!defaultControllerCanCloseOrEnqueue(this)) throw typeError('Controller is already closed');
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS(kDefaultController);
    if (!defaultControllerCanCloseOrEnqueue(this)) throw typeError('Controller is already closed');
    defaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS(kDefaultController);
    defaultControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(this, kDefaultController, depth, options, {});
  }
}

function setUpDefaultControllerFromSource(stream, source, start, pull, cancel, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kPrivate);
  setUpDefaultController(stream, controller,
    start === undefined ? noop : () => Reflect.apply(start, source, [controller]),
    pull === undefined ? () => PromiseResolve() : () => promiseCall(pull, source, controller),
    cancel === undefined ? () => PromiseResolve() : (reason) => promiseCall(cancel, source, reason),
    highWaterMark, sizeAlgorithm);
}

function setUpDefaultController(stream, controller, start, pull, cancel, highWaterMark, sizeAlgorithm) {
  const state = controller[kState];
  defineSlots(state, {
    stream,
    queue: [], queueHead: 0, queueTotalSize: 0,
    started: false, closeRequested: false, pullAgain: false, pulling: false,
    sizeAlgorithm, highWaterMark, pullAlgorithm: pull, cancelAlgorithm: cancel,
    cancelSteps: (reason) => {
      resetQueue(state);
      const result = state.cancelAlgorithm(reason);
      defaultControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps: (request) => defaultControllerPullSteps(controller, request),
    releaseSteps: noop,
  });
  stream[kState].controller = controller;
  stream[kState].controllerError = (error) => defaultControllerError(controller, error);
  const startResult = start();
  react(PromiseResolve(startResult), () => {
    state.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (error) => defaultControllerError(controller, error));
}

function defaultControllerPullSteps(controller, request) {
  const state = controller[kState];
  const stream = state.stream;
  if (queueLength(state) > 0) {
    const chunk = dequeueValue(state);
    if (state.closeRequested && queueLength(state) === 0) {
      defaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(controller);
    }
    request.chunkSteps(chunk);
  } else {
    addReadRequest(stream, request);
    defaultControllerCallPullIfNeeded(controller);
  }
}

// Both controllers pull the same way: one pull at a time, and one more if a
// pull was asked for while one ran; a failed pull errors the stream.
function callPullIfNeeded(controller, shouldCallPull, controllerError) {
  const state = controller[kState];
  if (!shouldCallPull(controller)) return;
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  react(state.pullAlgorithm(), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      callPullIfNeeded(controller, shouldCallPull, controllerError);
    }
  }, (error) => controllerError(controller, error));
}

function defaultControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, defaultControllerShouldCallPull, defaultControllerError);
}

function defaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!defaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!state.started) return false;
  if (isLocked(stream) && numReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (queueLength(state) === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isLocked(stream) && numReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = state.sizeAlgorithm(chunk);
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
    try {
      enqueueValueWithSize(state, chunk, chunkSize);
    } catch (err) {
      defaultControllerError(controller, err);
      throw err;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(state);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function defaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queueTotalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

// ---- byte controller ---------------------------------------------------------------

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, kType, { __proto__: null, value: kBYOBRequest });
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    if (!isBrand(this, kBYOBRequest)) throw new ERR_INVALID_THIS(kBYOBRequest);
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBrand(this, kBYOBRequest)) throw new ERR_INVALID_THIS(kBYOBRequest);
    const { controller, view } = this[kState];
    bytesWritten = toUnsignedLongLong(bytesWritten, 'bytesWritten');
    if (controller === undefined) throw typeError('This BYOB request has been invalidated');
    if (isDetached(viewBuffer(view))) throw typeError('Viewed ArrayBuffer is detached');
    byteControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isBrand(this, kBYOBRequest)) throw new ERR_INVALID_THIS(kBYOBRequest);
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const { controller } = this[kState];
    if (controller === undefined) throw typeError('This BYOB request has been invalidated');
    if (isDetached(viewBuffer(view))) throw typeError('Viewed ArrayBuffer is detached');
    byteControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, kBYOBRequest, depth, options, {
      view: state.view,
      controller: state.controller,
    });
  }
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, kType, { __proto__: null, value: kByteController });
    this[kState] = {};
  }

  get byobRequest() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS(kByteController);
    return byteControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS(kByteController);
    return byteControllerGetDesiredSize(this);
  }

  close() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS(kByteController);
    const state = this[kState];
    if (state.closeRequested) throw typeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw typeError('ReadableStream is already closed');
    byteControllerClose(this);
  }

  enqueue(chunk) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS(kByteController);
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const buffer = viewBuffer(chunk);
    if (chunk.byteLength === 0 || buffer.byteLength === 0) {
      throw typeError('chunk ArrayBuffer is zero-length or detached');
    }
    const state = this[kState];
    if (state.closeRequested) throw typeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw typeError('ReadableStream is already closed');
    byteControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS(kByteController);
    byteControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(this, kByteController, depth, options, {});
  }
}

function setUpByteControllerFromSource(stream, source, start, pull, cancel, highWaterMark, autoAllocateChunkSize) {
  const controller = new ReadableByteStreamController(kPrivate);
  setUpByteController(stream, controller,
    start === undefined ? noop : () => Reflect.apply(start, source, [controller]),
    pull === undefined ? () => PromiseResolve() : () => promiseCall(pull, source, controller),
    cancel === undefined ? () => PromiseResolve() : (reason) => promiseCall(cancel, source, reason),
    highWaterMark, autoAllocateChunkSize);
}

function setUpByteController(stream, controller, start, pull, cancel, highWaterMark, autoAllocateChunkSize) {
  const state = controller[kState];
  defineSlots(state, {
    stream,
    pullAgain: false, pulling: false, byobRequest: null,
    queue: [], queueTotalSize: 0,
    closeRequested: false, started: false,
    highWaterMark, pullAlgorithm: pull, cancelAlgorithm: cancel,
    autoAllocateChunkSize, pendingPullIntos: [],
    cancelSteps: (reason) => {
      byteControllerClearPendingPullIntos(controller);
      state.queue = [];
      state.queueTotalSize = 0;
      const result = state.cancelAlgorithm(reason);
      byteControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps: (request) => byteControllerPullSteps(controller, request),
    releaseSteps: () => {
      if (state.pendingPullIntos.length > 0) {
        const first = state.pendingPullIntos[0];
        first.readerType = 'none';
        state.pendingPullIntos = [first];
      }
    },
  });
  stream[kState].controller = controller;
  stream[kState].controllerError = (error) => byteControllerError(controller, error);
  const startResult = start();
  react(PromiseResolve(startResult), () => {
    state.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (error) => byteControllerError(controller, error));
}

function byteControllerPullSteps(controller, request) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.queueTotalSize > 0) {
    byteControllerFillReadRequestFromQueue(controller, request);
    return;
  }
  const size = state.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (err) {
      request.errorSteps(err);
      return;
    }
    state.pendingPullIntos.push({
      buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
      minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
    });
  }
  addReadRequest(stream, request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerFillReadRequestFromQueue(controller, request) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(controller);
  request.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function byteControllerCallPullIfNeeded(controller) {
  callPullIfNeeded(controller, byteControllerShouldCallPull, byteControllerError);
}

function byteControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return false;
  if (state.closeRequested) return false;
  if (!state.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(controller) > 0;
}

function byteControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = typeError('Partial read');
      byteControllerError(controller, error);
      throw error;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function byteControllerCommitPullIntoDescriptor(stream, descriptor) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = convertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') fulfillReadRequest(stream, filledView, done);
  else fulfillReadIntoRequest(stream, filledView, done);
}

function convertPullIntoDescriptor(descriptor) {
  const { bytesFilled, elementSize } = descriptor;
  const buffer = transferArrayBuffer(descriptor.buffer);
  return new descriptor.viewConstructor(buffer, descriptor.byteOffset, bytesFilled / elementSize);
}

function byteControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw typeError('chunk\'s buffer is detached and so cannot be enqueued');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw typeError('The BYOB request\'s buffer has been detached');
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(controller);
      fulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const descriptor of filled) byteControllerCommitPullIntoDescriptor(stream, descriptor);
  } else {
    byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const state = controller[kState];
  state.queue.push({ buffer, byteOffset, byteLength });
  state.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    byteControllerError(controller, err);
    throw err;
  }
  byteControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer, descriptor.byteOffset,
                                            descriptor.bytesFilled);
  }
  byteControllerShiftPendingPullInto(controller);
}

function byteControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  state.queue = [];
  state.queueTotalSize = 0;
  byteControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize, descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % descriptor.elementSize);
  if (maxAlignedBytes >= descriptor.minimumFill) {
    remaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (remaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(remaining, head.byteLength);
    const destStart = descriptor.byteOffset + descriptor.bytesFilled;
    copyDataBlockBytes(descriptor.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    descriptor.bytesFilled += bytesToCopy;
    remaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kPrivate);
    request[kState].controller = controller;
    request[kState].view = view;
    state.byobRequest = request;
  }
  return state.byobRequest;
}

// The same sum for both controllers.
const byteControllerGetDesiredSize = defaultControllerGetDesiredSize;

function byteControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function byteControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) break;
    const descriptor = state.pendingPullIntos[0];
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      byteControllerShiftPendingPullInto(controller);
      filled.push(descriptor);
    }
  }
  return filled;
}

function byteControllerProcessReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    const request = reader[kState].readRequests.shift();
    byteControllerFillReadRequestFromQueue(controller, request);
  }
}

function byteControllerPullInto(controller, view, min, request) {
  const state = controller[kState];
  const stream = state.stream;
  let elementSize = 1;
  let viewConstructor = DataView;
  if (!(view instanceof DataView)) {
    viewConstructor = typedArrayConstructors.get(Reflect.apply(typedArrayTag, view, []));
    elementSize = viewConstructor.BYTES_PER_ELEMENT;
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    const source = viewBuffer(view);
    if (!canTransfer(source)) throw typeError('The view\'s buffer cannot be transferred');
    buffer = transferArrayBuffer(source);
  } catch (err) {
    request.errorSteps(err);
    return;
  }
  const descriptor = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill, elementSize, viewConstructor, readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(descriptor);
    addReadIntoRequest(stream, request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.closeSteps(new viewConstructor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = convertPullIntoDescriptor(descriptor);
      byteControllerHandleQueueDrain(controller);
      request.chunkSteps(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = typeError('Insufficient bytes to fill elements in the given buffer');
      byteControllerError(controller, error);
      request.errorSteps(error);
      return;
    }
  }
  state.pendingPullIntos.push(descriptor);
  addReadIntoRequest(stream, request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
                                      'must be 0 when calling respond() on a closed stream');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
                                      'must be greater than 0 when calling respond() on a readable stream');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') byteControllerShiftPendingPullInto(controller);
  const stream = controller[kState].stream;
  if (hasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < numReadIntoRequests(stream)) filled.push(byteControllerShiftPendingPullInto(controller));
    for (const descriptor of filled) byteControllerCommitPullIntoDescriptor(stream, descriptor);
  }
}

function byteControllerRespondInReadableState(controller, bytesWritten, descriptor) {
  const stream = controller[kState].stream;
  descriptor.bytesFilled += bytesWritten;
  if (descriptor.readerType === 'none') {
    byteControllerEnqueueDetachedPullIntoToQueue(controller, descriptor);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const each of filled) byteControllerCommitPullIntoDescriptor(stream, each);
    return;
  }
  if (descriptor.bytesFilled < descriptor.minimumFill) return;
  byteControllerShiftPendingPullInto(controller);
  const remainderSize = descriptor.bytesFilled % descriptor.elementSize;
  if (remainderSize > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer, end - remainderSize, remainderSize);
  }
  descriptor.bytesFilled -= remainderSize;
  const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
  byteControllerCommitPullIntoDescriptor(stream, descriptor);
  for (const each of filled) byteControllerCommitPullIntoDescriptor(stream, each);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') {
    byteControllerRespondInClosedState(controller, first);
  } else {
    byteControllerRespondInReadableState(controller, bytesWritten, first);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) {
      throw new ERR_INVALID_ARG_VALUE('view', view, 'must have a 0 byteLength when calling respondWithNewView() ' +
                                      'on a closed stream');
    }
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view, 'must have a non-zero byteLength when calling ' +
                                    'respondWithNewView() on a readable stream');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'must have the same byteOffset as the BYOB request');
  }
  if (first.bufferByteLength !== viewBuffer(view).byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'must have the same buffer length as the BYOB request');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too large for the BYOB request');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(viewBuffer(view));
  byteControllerRespondInternal(controller, viewByteLength);
}

function byteControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

// ---- tee ---------------------------------------------------------------------------

function readableStreamTee(stream, cloneForBranch2) {
  if (isByteController(stream[kState].controller)) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return PromiseResolve();
    }
    reading = true;
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = structuredClone(chunk);
            } catch (err) {
              defaultControllerError(branch1[kState].controller, err);
              defaultControllerError(branch2[kState].controller, err);
              cancelPromise.resolve(readableStreamCancel(stream, err));
              return;
            }
          }
          if (!canceled1) defaultControllerEnqueue(branch1[kState].controller, chunk);
          if (!canceled2) defaultControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1[kState].controller);
        if (!canceled2) defaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
    return PromiseResolve();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(noop, pullAlgorithm, cancel1);
  branch2 = createReadableStream(noop, pullAlgorithm, cancel2);
  react(reader[kState].closed.promise, undefined, (error) => {
    defaultControllerError(branch1[kState].controller, error);
    defaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function forwardReaderError(thisReader) {
    react(thisReader[kState].closed.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      byteControllerError(branch1[kState].controller, error);
      byteControllerError(branch2[kState].controller, error);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
  }

  function failBoth(error) {
    byteControllerError(branch1[kState].controller, error);
    byteControllerError(branch2[kState].controller, error);
    cancelPromise.resolve(readableStreamCancel(stream, error));
  }

  function pullAgainIfAsked() {
    reading = false;
    if (readAgainForBranch1) pull1();
    else if (readAgainForBranch2) pull2();
  }

  function pullWithDefaultReader() {
    if (isBYOBReader(reader)) {
      byobReaderRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (err) {
              failBoth(err);
              return;
            }
          }
          if (!canceled1) byteControllerEnqueue(branch1[kState].controller, chunk);
          if (!canceled2) byteControllerEnqueue(branch2[kState].controller, chunk2);
          pullAgainIfAsked();
        });
      },
      closeSteps() {
        reading = false;
        const controller1 = branch1[kState].controller;
        const controller2 = branch2[kState].controller;
        if (!canceled1) byteControllerClose(controller1);
        if (!canceled2) byteControllerClose(controller2);
        if (controller1[kState].pendingPullIntos.length > 0) byteControllerRespond(controller1, 0);
        if (controller2[kState].pendingPullIntos.length > 0) byteControllerRespond(controller2, 0);
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isDefaultReader(reader)) {
      defaultReaderRelease(reader);
      reader = acquireBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    byobReaderRead(reader, view, 1, {
      chunkSteps(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (err) {
              failBoth(err);
              return;
            }
            if (!byobCanceled) byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            byteControllerEnqueue(otherBranch[kState].controller, cloned);
          } else if (!byobCanceled) {
            byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          pullAgainIfAsked();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        const byobController = byobBranch[kState].controller;
        const otherController = otherBranch[kState].controller;
        if (!byobCanceled) byteControllerClose(byobController);
        if (!otherCanceled) byteControllerClose(otherController);
        if (chunk !== undefined) {
          if (!byobCanceled) byteControllerRespondWithNewView(byobController, chunk);
          if (!otherCanceled && otherController[kState].pendingPullIntos.length > 0) {
            byteControllerRespond(otherController, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      errorSteps() {
        reading = false;
      },
    });
  }

  function pull1() {
    if (reading) {
      readAgainForBranch1 = true;
      return PromiseResolve();
    }
    reading = true;
    const request = byteControllerGetBYOBRequest(branch1[kState].controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request[kState].view, false);
    return PromiseResolve();
  }

  function pull2() {
    if (reading) {
      readAgainForBranch2 = true;
      return PromiseResolve();
    }
    reading = true;
    const request = byteControllerGetBYOBRequest(branch2[kState].controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request[kState].view, true);
    return PromiseResolve();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream(noop, pull1, cancel1);
  branch2 = createReadableByteStream(noop, pull2, cancel2);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---- pipeTo ------------------------------------------------------------------------

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const W = lazyWritable();
  const reader = acquireDefaultReader(source);
  const writer = W.acquireWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = PromiseResolve();
  const result = deferred();
  const sourceState = source[kState];
  const destState = dest[kState];
  let abortAlgorithm;

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason !== undefined ? signal.reason : new AbortError();
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (destState.state === 'writable' ? W.writableStreamAbort(dest, error) : PromiseResolve()));
      }
      if (!preventCancel) {
        actions.push(() => (sourceState.state === 'readable' ? readableStreamCancel(source, error) : PromiseResolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function waitForWritesToFinish() {
    const old = currentWrite;
    return then(currentWrite, () => (old !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function destWritableAndNotClosing() {
    return destState.state === 'writable' && !W.closeQueuedOrInFlight(dest);
  }

  function shutdownWithAction(action, originalIsError = false, originalError = undefined) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      react(action(),
            () => finalize(originalIsError, originalError),
            (newError) => finalize(true, newError));
    };
    if (destWritableAndNotClosing()) react(waitForWritesToFinish(), doTheRest);
    else doTheRest();
  }

  function shutdown(isError = false, error = undefined) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destWritableAndNotClosing()) react(waitForWritesToFinish(), () => finalize(isError, error));
    else finalize(isError, error);
  }

  function finalize(isError, error) {
    W.writerRelease(writer);
    defaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve();
  }

  // Errors propagate forward, then backward; then closing forward, backward.
  function onSourceErrored(error) {
    if (!preventAbort) shutdownWithAction(() => W.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  }
  function onDestErrored(error) {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }
  function onSourceClosed() {
    if (!preventClose) shutdownWithAction(() => W.writerCloseWithErrorPropagation(writer));
    else shutdown();
  }
  function onDestClosed() {
    const error = typeError('the destination writable stream closed before all the data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  if (sourceState.state === 'errored') {
    onSourceErrored(sourceState.storedError);
  } else {
    react(reader[kState].closed.promise, undefined, onSourceErrored);
  }
  if (destState.state === 'errored') {
    onDestErrored(destState.storedError);
  } else {
    react(W.writerClosedPromise(writer), undefined, onDestErrored);
  }
  if (sourceState.state === 'closed') {
    onSourceClosed();
  } else {
    react(reader[kState].closed.promise, onSourceClosed, noop);
  }
  if (W.closeQueuedOrInFlight(dest) || destState.state === 'closed') onDestClosed();

  function step() {
    if (shuttingDown) return;
    react(W.writerReadyPromise(writer), () => {
      if (shuttingDown) return;
      defaultReaderRead(reader, {
        chunkSteps(chunk) {
          currentWrite = then(W.writerWrite(writer, chunk), undefined, noop);
          queueMicrotask(step);
        },
        closeSteps: noop,
        errorSteps: noop,
      });
    });
  }
  if (!shuttingDown) step();

  return result.promise;
}

// ---- async iteration ---------------------------------------------------------------

const kIterator = Symbol('kIterator');

function createAsyncIterator(reader, preventCancel) {
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  iterator[kIterator] = { reader, preventCancel, ongoing: undefined, finished: false };
  return iterator;
}

function iteratorState(self) {
  const state = self?.[kIterator];
  if (state === undefined) throw new ERR_INVALID_THIS('ReadableStreamAsyncIterator');
  return state;
}

function iteratorNext(state) {
  if (state.finished) return PromiseResolve(readResult(undefined, true));
  const reader = state.reader;
  const { promise, resolve, reject } = deferred();
  defaultReaderRead(reader, {
    chunkSteps: (chunk) => resolve(readResult(chunk, false)),
    closeSteps() {
      defaultReaderRelease(reader);
      resolve(readResult(undefined, true));
    },
    errorSteps(error) {
      defaultReaderRelease(reader);
      reject(error);
    },
  });
  return then(promise, (result) => {
    state.ongoing = undefined;
    if (result.done) state.finished = true;
    return result;
  }, (error) => {
    state.ongoing = undefined;
    state.finished = true;
    throw error;
  });
}

function iteratorReturn(state, value) {
  if (state.finished) return PromiseResolve(readResult(value, true));
  state.finished = true;
  const reader = state.reader;
  if (reader[kState].stream === undefined) return PromiseResolve(readResult(value, true));
  if (!state.preventCancel) {
    const cancelled = genericCancel(reader, value);
    defaultReaderRelease(reader);
    return then(cancelled, () => readResult(value, true));
  }
  defaultReaderRelease(reader);
  return PromiseResolve(readResult(value, true));
}

Object.defineProperties(ReadableStreamAsyncIteratorPrototype, {
  // (return_ is renamed below: `return` cannot name a function expression.)
  next: {
    __proto__: null,
    writable: true, enumerable: true, configurable: true,
    value: function next() {
      let state;
      try {
        state = iteratorState(this);
      } catch (err) {
        return PromiseReject(err);
      }
      const steps = () => iteratorNext(state);
      state.ongoing = state.ongoing !== undefined ? then(state.ongoing, steps, steps) : steps();
      return state.ongoing;
    },
  },
  return: {
    __proto__: null,
    writable: true, enumerable: true, configurable: true,
    value: function return_(value) {
      let state;
      try {
        state = iteratorState(this);
      } catch (err) {
        return PromiseReject(err);
      }
      const steps = () => iteratorReturn(state, value);
      const ongoing = state.ongoing;
      state.ongoing = ongoing !== undefined ? then(ongoing, steps, steps) : steps();
      return state.ongoing;
    },
  },
  [Symbol.toStringTag]: {
    __proto__: null, value: 'ReadableStreamAsyncIterator', configurable: true,
  },
});

Object.defineProperty(ReadableStreamAsyncIteratorPrototype.return, 'name', { __proto__: null, value: 'return' });

// ---- ReadableStream.from -----------------------------------------------------------

function getAsyncIterator(value) {
  let method = value == null ? undefined : value[Symbol.asyncIterator];
  if (method == null) {
    const syncMethod = value == null ? undefined : value[Symbol.iterator];
    if (syncMethod == null) throw new ERR_ARG_NOT_ITERABLE('iterable');
    const syncIterator = Reflect.apply(syncMethod, value, []);
    if (syncIterator === null || (typeof syncIterator !== 'object' && typeof syncIterator !== 'function')) {
      throw new ERR_INVALID_STATE.TypeError('The iterator is not an object');
    }
    return asyncFromSyncIterator(syncIterator, syncIterator.next);
  }
  if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('iterable');
  const iterator = Reflect.apply(method, value, []);
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
    throw new ERR_INVALID_STATE.TypeError('The iterator is not an object');
  }
  return { iterator, next: iterator.next };
}

// The ES CreateAsyncFromSyncIterator: each result's value is awaited.
function asyncFromSyncIterator(syncIterator, syncNext) {
  const wrap = (result) => {
    if (result === null || typeof result !== 'object') throw new TypeError('iterator result is not an object');
    const done = !!result.done;
    return then(PromiseResolve(result.value), (value) => ({ value, done }));
  };
  const iterator = {
    next() {
      try {
        return wrap(Reflect.apply(syncNext, syncIterator, []));
      } catch (err) {
        return PromiseReject(err);
      }
    },
    return(value) {
      try {
        const method = syncIterator.return;
        if (method == null) return PromiseResolve({ value, done: true });
        return wrap(Reflect.apply(method, syncIterator, [value]));
      } catch (err) {
        return PromiseReject(err);
      }
    },
  };
  return { iterator, next: iterator.next };
}

function readableStreamFromIterable(iterable) {
  const record = getAsyncIterator(iterable);
  let stream;
  const pull = () => {
    let next;
    try {
      next = Reflect.apply(record.next, record.iterator, []);
    } catch (err) {
      return PromiseReject(err);
    }
    return then(PromiseResolve(next), (result) => {
      if (result === null || (typeof result !== 'object' && typeof result !== 'function')) {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill ' +
                                              'with an object');
      }
      const controller = stream[kState].controller;
      if (result.done) defaultControllerClose(controller);
      else defaultControllerEnqueue(controller, result.value);
    });
  };
  const cancel = (reason) => {
    const iterator = record.iterator;
    let returnResult;
    try {
      const method = iterator.return;
      if (method == null) return PromiseResolve();
      returnResult = Reflect.apply(method, iterator, [reason]);
    } catch (err) {
      return PromiseReject(err);
    }
    return then(PromiseResolve(returnResult), (result) => {
      if (result === null || (typeof result !== 'object' && typeof result !== 'function')) {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must ' +
                                              'fulfill with an object');
      }
    });
  };
  stream = createReadableStream(noop, pull, cancel, 0);
  return stream;
}

// ---- transfer ----------------------------------------------------------------------

function transferReadable(stream) {
  const reader = acquireDefaultReader(stream);
  const done = () => {
    if (reader[kState].stream !== undefined) defaultReaderRelease(reader);
  };
  const copy = createReadableStream(noop, () => {
    const { promise, resolve, reject } = deferred();
    const controller = copy[kState].controller;
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        defaultControllerEnqueue(controller, chunk);
        resolve();
      },
      closeSteps() {
        done();
        defaultControllerClose(controller);
        resolve();
      },
      errorSteps(error) {
        done();
        reject(error);
      },
    });
    return promise;
  }, (reason) => {
    const cancelled = genericCancel(reader, reason);
    done();
    return cancelled;
  }, 0);
  return copy;
}

defineInterface(ReadableStream);
defineInterface(ReadableStreamDefaultReader);
defineInterface(ReadableStreamBYOBReader);
defineInterface(ReadableStreamBYOBRequest);
defineInterface(ReadableStreamDefaultController);
defineInterface(ReadableByteStreamController);

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableStreamDefaultController, ReadableByteStreamController,
  isReadableStream, isDefaultReader, isBYOBReader, isLocked,
  createReadableStream, createReadableByteStream, readableStreamCancel, readableStreamClose,
  readableStreamPipeTo, readableStreamTee,
  acquireDefaultReader, defaultReaderRead, defaultReaderRelease, genericCancel,
  defaultControllerEnqueue, defaultControllerClose, defaultControllerError, defaultControllerGetDesiredSize,
  defaultControllerCanCloseOrEnqueue, defaultControllerHasBackpressure,
  byteControllerEnqueue, byteControllerClose, byteControllerError, isByteController, isDefaultController,
  kPrivate,
};
