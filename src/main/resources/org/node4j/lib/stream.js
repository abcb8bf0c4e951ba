// The stream module: its export is the legacy Stream constructor, carrying
// the stream classes and helpers as properties (as node has it).
'use strict';

const { Stream } = require('internal/streams/legacy');
const utils = require('internal/streams/utils');
const destroyImpl = require('internal/streams/destroy');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');

// Operators: the stream-returning ones wrap their async generator in a
// Readable; the others are async functions as they are.
const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
for (const [name, op] of Object.entries(streamReturningOperators)) {
  function fn(...args) {
    if (new.target) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    const result = Reflect.apply(op, this, args);
    return name === 'compose' ? result : Stream.Readable.from(result);
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, name, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}
for (const [name, op] of Object.entries(promiseReturningOperators)) {
  function fn(...args) {
    if (new.target) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    return Reflect.apply(op, this, args);
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, name, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose')(...streams);
};
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('stream/promises');
    return promises;
  },
});

// util.promisify(stream.pipeline/finished) gives the promise versions.
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return Stream.promises.pipeline; },
});
Object.defineProperty(eos, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return Stream.promises.finished; },
});

Stream.Stream = Stream;

module.exports = Stream;
