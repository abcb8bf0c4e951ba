// Duplex: a Readable that is also a Writable. It inherits from Readable and
// borrows Writable's methods; Writable[Symbol.hasInstance] accepts it.
'use strict';

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._events ??= {
    close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
    data: undefined, end: undefined, readable: undefined,
  };
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    // allowHalfOpen: false ends the writable side when the readable side ends.
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignalNoValidate(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => {
    Readable[destroyImpl.kOnConstructed](this);
    Writable[destroyImpl.kOnConstructed](this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods, except the ones Readable already has (on, destroy, ...).
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}

function borrow(names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(Writable.prototype, name);
    Object.defineProperty(Duplex.prototype, name, desc);
  }
}
borrow(['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']);

// Both sides' states answer destroyed/closed; Readable's getters read only one.
Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
});

// The writable side's destroy also fails queued writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

// The web stream bridges (internal/webstreams/adapters).
Duplex.fromWeb = function(pair, options) {
  return require('internal/webstreams/adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};
Duplex.toWeb = function(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};

let duplexify;
Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

require('internal/streams/legacy').registerDuplex(Duplex);
module.exports = Duplex;
