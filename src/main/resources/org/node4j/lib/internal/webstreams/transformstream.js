// TransformStream and its controller (WHATWG Streams): a writable side whose
// chunks go through transform() into a readable side, with backpressure
// carried from the readable back to the writable.
'use strict';

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  kState, kType, kInspect, then, react, setHandled, deferred, promiseCall, methodAlgorithm,
  PromiseResolve, PromiseReject, extractHighWaterMark, extractSizeAlgorithm,
  isBrand, customInspect, defineInterface, validateDictionary, defineSlots,
} = require('internal/webstreams/util');
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');
const { kTransfer } = require('internal/structured_clone');

const kTransformStream = 'TransformStream';
const kController = 'TransformStreamDefaultController';
const kPrivate = Symbol('kPrivate');

const isTransformStream = (value) => isBrand(value, kTransformStream);
const isController = (value) => isBrand(value, kController);

class TransformStream {
  constructor(transformer = null, writableStrategy = {}, readableStrategy = {}) {
    Object.defineProperty(this, kType, { __proto__: null, value: kTransformStream });
    if (transformer === kPrivate) return;
    validateDictionary(transformer, 'transformer');
    validateDictionary(writableStrategy, 'writableStrategy');
    validateDictionary(readableStrategy, 'readableStrategy');
    const cancel = methodAlgorithm(transformer, 'cancel', 'transformer');
    const flush = methodAlgorithm(transformer, 'flush', 'transformer');
    const readableType = transformer?.readableType;
    const start = methodAlgorithm(transformer, 'start', 'transformer');
    const transform = methodAlgorithm(transformer, 'transform', 'transformer');
    const writableType = transformer?.writableType;
    if (readableType !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
    if (writableType !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
    const readableHWM = extractHighWaterMark(readableStrategy?.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy?.size);
    const writableHWM = extractHighWaterMark(writableStrategy?.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy?.size);
    const startPromise = deferred();
    initializeTransformStream(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    const controller = new TransformStreamDefaultController(kPrivate);
    setUpController(this, controller,
      transform === undefined ? (chunk) => {
        try {
          controllerEnqueue(controller, chunk);
          return PromiseResolve();
        } catch (err) {
          return PromiseReject(err);
        }
      } : (chunk) => promiseCall(transform, transformer, chunk, controller),
      flush === undefined ? () => PromiseResolve() : () => promiseCall(flush, transformer, controller),
      cancel === undefined ? () => PromiseResolve() : (reason) => promiseCall(cancel, transformer, reason));
    if (start !== undefined) startPromise.resolve(Reflect.apply(start, transformer, [controller]));
    else startPromise.resolve();
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS(kTransformStream);
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS(kTransformStream);
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, kTransformStream, depth, options, {
      readable: state.readable,
      writable: state.writable,
      backpressure: state.backpressure,
    });
  }

  [kTransfer](check = false) {
    const { readable, writable } = this[kState];
    if (check) {
      if (R.isLocked(readable)) return 'ReadableStream is locked';
      if (W.isLocked(writable)) return 'WritableStream is locked';
      return undefined;
    }
    const copy = new TransformStream(kPrivate);
    copy[kState] = {
      readable: readable[kTransfer](),
      writable: writable[kTransfer](),
      backpressure: false,
    };
    return copy;
  }
}

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const state = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  stream[kState] = state;
  const start = () => startPromise;
  state.writable = W.createWritableStream(start,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHWM, writableSize);
  state.readable = R.createReadableStream(start,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHWM, readableSize);
  setBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  R.defaultControllerError(stream[kState].readable[kState].controller, error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  controllerClearAlgorithms(stream[kState].controller);
  W.controllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = deferred();
  state.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kPrivate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, kType, { __proto__: null, value: kController });
    this[kState] = {};
  }

  get desiredSize() {
    if (!isController(this)) throw new ERR_INVALID_THIS(kController);
    const readable = this[kState].stream[kState].readable;
    return R.defaultControllerGetDesiredSize(readable[kState].controller);
  }

  enqueue(chunk = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS(kController);
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS(kController);
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isController(this)) throw new ERR_INVALID_THIS(kController);
    controllerTerminate(this);
  }

  [kInspect](depth, options) {
    return customInspect(this, kController, depth, options, { stream: this[kState].stream });
  }
}

function setUpController(stream, controller, transform, flush, cancel) {
  defineSlots(controller[kState], {
    stream,
    transformAlgorithm: transform,
    flushAlgorithm: flush,
    cancelAlgorithm: cancel,
    finish: undefined,
  });
  stream[kState].controller = controller;
}

function controllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  const readableController = readable[kState].controller;
  if (!R.defaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    R.defaultControllerEnqueue(readableController, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw readable[kState].storedError;
  }
  const backpressure = R.defaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function controllerPerformTransform(controller, chunk) {
  const stream = controller[kState].stream;
  return then(controller[kState].transformAlgorithm(chunk), undefined, (error) => {
    transformStreamError(stream, error);
    throw error;
  });
}

function controllerTerminate(controller) {
  const stream = controller[kState].stream;
  R.defaultControllerClose(stream[kState].readable[kState].controller);
  errorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

function sinkWrite(stream, chunk) {
  const state = stream[kState];
  const controller = state.controller;
  if (state.backpressure) {
    return then(state.backpressureChange.promise, () => {
      const writable = state.writable[kState];
      if (writable.state === 'erroring') throw writable.storedError;
      return controllerPerformTransform(controller, chunk);
    });
  }
  return controllerPerformTransform(controller, chunk);
}

// Abort, close and cancel share one shape in the spec: the algorithm runs once
// (a second call gets the first one's promise), then the outcome is decided by
// the other side: already errored wins, else `onDone` or `onError` tells it.
function finishOnce(stream, algorithm, other, onDone, onError) {
  const controllerState = stream[kState].controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const finish = controllerState.finish = deferred();
  setHandled(finish.promise);
  const result = algorithm();
  controllerClearAlgorithms(stream[kState].controller);
  react(result, () => {
    if (other[kState].state === 'errored') {
      finish.reject(other[kState].storedError);
    } else {
      onDone();
      finish.resolve();
    }
  }, (error) => {
    onError(error);
    finish.reject(error);
  });
  return finish.promise;
}

function sinkAbort(stream, reason) {
  const { controller, readable } = stream[kState];
  return finishOnce(stream, () => controller[kState].cancelAlgorithm(reason), readable,
    () => R.defaultControllerError(readable[kState].controller, reason),
    (error) => R.defaultControllerError(readable[kState].controller, error));
}

function sinkClose(stream) {
  const { controller, readable } = stream[kState];
  return finishOnce(stream, () => controller[kState].flushAlgorithm(), readable,
    () => R.defaultControllerClose(readable[kState].controller),
    (error) => R.defaultControllerError(readable[kState].controller, error));
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const { controller, writable } = stream[kState];
  return finishOnce(stream, () => controller[kState].cancelAlgorithm(reason), writable,
    () => {
      W.controllerErrorIfNeeded(writable[kState].controller, reason);
      unblockWrite(stream);
    },
    (error) => {
      W.controllerErrorIfNeeded(writable[kState].controller, error);
      unblockWrite(stream);
    });
}

defineInterface(TransformStream);
defineInterface(TransformStreamDefaultController);

module.exports = { TransformStream, TransformStreamDefaultController, isTransformStream };
