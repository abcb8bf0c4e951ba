// WritableStream, its default writer and controller (WHATWG Streams): the
// write queue with backpressure, close and abort, the erroring states.
'use strict';

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  kState, kType, kInspect, noop, react, setHandled, deferred, promiseCall, methodAlgorithm,
  PromiseResolve, PromiseReject,
  resetQueue, enqueueValueWithSize, dequeueValue, peekQueueValue, queueLength,
  extractHighWaterMark, extractSizeAlgorithm, isBrand, customInspect, defineInterface, validateDictionary, defineSlots,
} = require('internal/webstreams/util');
const { kIsClosedPromise, kControllerErrorFunction, kIsErrored, kIsWritable } = require('internal/streams/utils');
const { kTransfer } = require('internal/structured_clone');

const kWritableStream = 'WritableStream';
const kWriter = 'WritableStreamDefaultWriter';
const kController = 'WritableStreamDefaultController';
const kPrivate = Symbol('kPrivate');
const kCloseSentinel = Symbol('kCloseSentinel');

const isWritableStream = (value) => isBrand(value, kWritableStream);
const isWriter = (value) => isBrand(value, kWriter);
const isController = (value) => isBrand(value, kController);

function typeError(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

// A deferred that knows whether it was settled (the writer's ready and closed
// promises are replaced or rejected depending on that).
function trackedDeferred() {
  const d = deferred();
  d.settled = false;
  const { resolve, reject } = d;
  d.resolve = (value) => {
    d.settled = true;
    resolve(value);
  };
  d.reject = (error) => {
    d.settled = true;
    reject(error);
  };
  return d;
}

function resolvedDeferred() {
  const d = trackedDeferred();
  d.resolve();
  return d;
}

function rejectedDeferred(error) {
  const d = trackedDeferred();
  d.reject(error);
  setHandled(d.promise);
  return d;
}

// ---- WritableStream ----------------------------------------------------------------

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    initializeWritableStream(this);
    if (sink === kPrivate) return;
    validateDictionary(sink, 'sink');
    validateDictionary(strategy, 'strategy');
    const hwmValue = strategy?.highWaterMark;
    const size = strategy?.size;
    const abort = methodAlgorithm(sink, 'abort', 'sink');
    const close = methodAlgorithm(sink, 'close', 'sink');
    const start = methodAlgorithm(sink, 'start', 'sink');
    const type = sink?.type;
    const write = methodAlgorithm(sink, 'write', 'sink');
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    const sizeAlgorithm = extractSizeAlgorithm(size);
    const highWaterMark = extractHighWaterMark(hwmValue, 1);
    const controller = new WritableStreamDefaultController(kPrivate);
    setUpController(this, controller,
      start === undefined ? noop : () => Reflect.apply(start, sink, [controller]),
      write === undefined ? () => PromiseResolve() : (chunk) => promiseCall(write, sink, chunk, controller),
      close === undefined ? () => PromiseResolve() : () => promiseCall(close, sink),
      abort === undefined ? () => PromiseResolve() : (reason) => promiseCall(abort, sink, reason),
      highWaterMark, sizeAlgorithm);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS(kWritableStream);
    return isLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return PromiseReject(new ERR_INVALID_THIS(kWritableStream));
    if (isLocked(this)) return PromiseReject(typeError('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return PromiseReject(new ERR_INVALID_THIS(kWritableStream));
    if (isLocked(this)) return PromiseReject(typeError('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return PromiseReject(typeError('Failure closing WritableStream'));
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS(kWritableStream);
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options) {
    return customInspect(this, kWritableStream, depth, options, {
      locked: this.locked,
      state: this[kState].state,
    });
  }

  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsWritable]() { return this[kState].state === 'writable' && !closeQueuedOrInFlight(this); }
  get [kIsClosedPromise]() { return this[kState].isClosed; }
  get [kControllerErrorFunction]() { return this[kState].controllerError; }

  [kTransfer](check = false) {
    if (check) return isLocked(this) ? 'WritableStream is locked' : undefined;
    return transferWritable(this);
  }
}

function initializeWritableStream(stream) {
  Object.defineProperty(stream, kType, { __proto__: null, value: kWritableStream });
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
    isClosed: deferred(),
    controllerError: noop,
  };
}

function createWritableStream(start, write, close, abort, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = new WritableStream(kPrivate);
  const controller = new WritableStreamDefaultController(kPrivate);
  setUpController(stream, controller, start, write, close, abort, highWaterMark, sizeAlgorithm);
  return stream;
}

function isLocked(stream) {
  return stream[kState].writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return PromiseResolve();
  state.controller[kState].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return PromiseResolve();
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.deferred.promise;
  let wasAlreadyErroring = false;
  if (state.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const d = deferred();
  state.pendingAbortRequest = { deferred: d, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return d.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return PromiseReject(typeError(`WritableStream is ${state.state}`));
  }
  const d = deferred();
  state.closeRequest = d;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') {
    writer[kState].ready.resolve();
  }
  controllerClose(state.controller);
  return d.promise;
}

function addWriteRequest(stream) {
  const d = deferred();
  stream[kState].writeRequests.push(d);
  return d.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const state = stream[kState];
  const controller = state.controller;
  state.state = 'erroring';
  state.storedError = reason;
  const writer = state.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller[kState].started) finishErroring(stream);
}

function finishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  resetQueue(state.controller[kState]);
  const storedError = state.storedError;
  for (const request of state.writeRequests) request.reject(storedError);
  state.writeRequests = [];
  const abortRequest = state.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controllerState = state.controller[kState];
  const promise = controllerState.abortAlgorithm(abortRequest.reason);
  controllerClearAlgorithms(state.controller);
  react(promise, () => {
    abortRequest.deferred.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (error) => {
    abortRequest.deferred.reject(error);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  const state = stream[kState];
  state.inFlightWriteRequest.resolve();
  state.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  const state = stream[kState];
  state.inFlightWriteRequest.reject(error);
  state.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.deferred.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  state.isClosed.resolve();
  const writer = state.writer;
  if (writer !== undefined) writer[kState].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.deferred.reject(error);
    state.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const state = stream[kState];
  return state.inFlightWriteRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  state.isClosed.reject(state.storedError);
  setHandled(state.isClosed.promise);
  const writer = state.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(state.storedError);
    setHandled(writer[kState].closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kState].ready = trackedDeferred();
    else writer[kState].ready.resolve();
  }
  state.backpressure = backpressure;
}

// ---- writer ------------------------------------------------------------------------

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    Object.defineProperty(this, kType, { __proto__: null, value: kWriter });
    this[kState] = { stream: undefined, ready: undefined, closed: undefined };
    if (isLocked(stream)) throw typeError('WritableStream is locked');
    const state = this[kState];
    const streamState = stream[kState];
    state.stream = stream;
    streamState.writer = this;
    switch (streamState.state) {
      case 'writable':
        state.ready = !closeQueuedOrInFlight(stream) && streamState.backpressure ?
          trackedDeferred() : resolvedDeferred();
        state.closed = trackedDeferred();
        break;
      case 'erroring':
        state.ready = rejectedDeferred(streamState.storedError);
        state.closed = trackedDeferred();
        break;
      case 'closed':
        state.ready = resolvedDeferred();
        state.closed = resolvedDeferred();
        break;
      default:
        state.ready = rejectedDeferred(streamState.storedError);
        state.closed = rejectedDeferred(streamState.storedError);
    }
  }

  get closed() {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS(kWriter));
    return this[kState].closed.promise;
  }

  get desiredSize() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS(kWriter);
    if (this[kState].stream === undefined) throw typeError('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS(kWriter));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS(kWriter));
    const stream = this[kState].stream;
    if (stream === undefined) return PromiseReject(typeError('Writer is not bound to a WritableStream'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS(kWriter));
    const stream = this[kState].stream;
    if (stream === undefined) return PromiseReject(typeError('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return PromiseReject(typeError('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS(kWriter);
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return PromiseReject(new ERR_INVALID_THIS(kWriter));
    if (this[kState].stream === undefined) return PromiseReject(typeError('Writer is not bound to a WritableStream'));
    return writerWrite(this, chunk);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, kWriter, depth, options, {
      stream: state.stream,
      close: state.closed.promise,
      ready: state.ready.promise,
      desiredSize: state.stream === undefined ? undefined : writerGetDesiredSize(this),
    });
  }
}

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') return PromiseResolve();
  if (state.state === 'errored') return PromiseReject(state.storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.closed.settled) state.closed = rejectedDeferred(error);
  else state.closed.reject(error);
  setHandled(state.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.ready.settled) state.ready = rejectedDeferred(error);
  else state.ready.reject(error);
  setHandled(state.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream[kState].controller);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const released = typeError('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, released);
  writerEnsureClosedPromiseRejected(writer, released);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return PromiseReject(typeError('Writer has been released'));
  const state = stream[kState];
  if (state.state === 'errored') return PromiseReject(state.storedError);
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') {
    return PromiseReject(typeError('WritableStream is closed'));
  }
  if (state.state === 'erroring') return PromiseReject(state.storedError);
  const promise = addWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return promise;
}

function writerReadyPromise(writer) {
  return writer[kState].ready.promise;
}

function writerClosedPromise(writer) {
  return writer[kState].closed.promise;
}

// ---- controller --------------------------------------------------------------------

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, kType, { __proto__: null, value: kController });
    this[kState] = {};
  }

  get signal() {
    if (!isController(this)) throw new ERR_INVALID_THIS(kController);
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS(kController);
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(this, kController, depth, options, { stream: this[kState].stream });
  }
}

function setUpController(stream, controller, start, write, close, abort, highWaterMark, sizeAlgorithm) {
  const state = controller[kState];
  defineSlots(state, {
    stream,
    queue: [], queueHead: 0, queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    sizeAlgorithm, highWaterMark,
    writeAlgorithm: write, closeAlgorithm: close, abortAlgorithm: abort,
  });
  stream[kState].controller = controller;
  stream[kState].controllerError = (error) => controllerErrorIfNeeded(controller, error);
  updateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = start();
  react(PromiseResolve(startResult), () => {
    state.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    state.started = true;
    dealWithRejection(stream, error);
  });
}

function controllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function controllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerGetChunkSize(controller, chunk) {
  const state = controller[kState];
  if (state.sizeAlgorithm === undefined) return 1;
  try {
    return state.sizeAlgorithm(chunk);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  const state = controller[kState];
  return state.highWaterMark - state.queueTotalSize;
}

function controllerWrite(controller, chunk, chunkSize) {
  const state = controller[kState];
  try {
    enqueueValueWithSize(state, chunk, chunkSize);
  } catch (err) {
    controllerErrorIfNeeded(controller, err);
    return;
  }
  const stream = state.stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const streamState = stream[kState].state;
  if (streamState === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (streamState !== 'writable') return;
  if (queueLength(state) === 0) return;
  const value = peekQueueValue(state);
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function controllerProcessClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightCloseRequest = streamState.closeRequest;
  streamState.closeRequest = undefined;
  dequeueValue(state);
  const promise = state.closeAlgorithm();
  controllerClearAlgorithms(controller);
  react(promise, () => finishInFlightClose(stream), (error) => finishInFlightCloseWithError(stream, error));
}

function controllerProcessWrite(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightWriteRequest = streamState.writeRequests.shift();
  react(state.writeAlgorithm(chunk), () => {
    finishInFlightWrite(stream);
    dequeueValue(state);
    if (!closeQueuedOrInFlight(stream) && streamState.state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    if (streamState.state === 'writable') controllerClearAlgorithms(controller);
    finishInFlightWriteWithError(stream, error);
  });
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerError(controller, error) {
  const stream = controller[kState].stream;
  controllerClearAlgorithms(controller);
  startErroring(stream, error);
}

// ---- transfer ----------------------------------------------------------------------

// The receiver's copy writes into this stream, which stays locked to it.
function transferWritable(stream) {
  const writer = acquireWriter(stream);
  const release = () => {
    if (writer[kState].stream !== undefined) writerRelease(writer);
  };
  return createWritableStream(noop,
    (chunk) => writerWrite(writer, chunk),
    () => {
      const closed = writerCloseWithErrorPropagation(writer);
      release();
      return closed;
    },
    (reason) => {
      const aborted = writableStreamAbort(stream, reason);
      release();
      return aborted;
    });
}

defineInterface(WritableStream);
defineInterface(WritableStreamDefaultWriter);
defineInterface(WritableStreamDefaultController);

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  isWritableStream, isWriter, isLocked, createWritableStream,
  writableStreamAbort, writableStreamClose, closeQueuedOrInFlight,
  acquireWriter, writerCloseWithErrorPropagation, writerRelease, writerWrite,
  writerReadyPromise, writerClosedPromise, writerGetDesiredSize,
  controllerErrorIfNeeded, controllerError,
  kPrivate,
};
