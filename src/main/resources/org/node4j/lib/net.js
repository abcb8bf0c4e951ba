// node:net: TCP and Unix domain sockets. net.Socket is a Duplex over a stream
// handle (internal/stream_handles: a Netty channel through binding/SocketHandle);
// net.Server listens through binding/ServerHandle. Reads are demand driven:
// the handle reads from the kernel only while the stream wants data, so a full
// readable buffer stops the socket and the peer sees the backpressure.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { TCP, TCPServer, FdHandle, UV_EOF, ownerSymbol: owner } = require('internal/stream_handles');
const { BlockList } = require('internal/blocklist');
const { SocketAddress } = require('internal/socketaddress');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_HANDLE_TYPE, ERR_MISSING_ARGS, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_IP_BLOCKED, ERR_OUT_OF_RANGE,
  },
  errnoException, exceptionWithHostPort, uvExceptionWithHostPort, AbortError,
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateNumber,
  validatePort, validateString,
} = require('internal/validators');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { TIMEOUT_MAX } = require('internal/timers');

const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBufferGen = Symbol('kBufferGen');
const kBufferRest = Symbol('kBufferRest');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kAttempt = Symbol('kAttempt');
const normalizedArgs = Symbol('normalizedArgs');

const UV_ENOTCONN = -107;
const UV_ECANCELED = -125;

let dns;
function lazyDns() {
  dns ??= require('dns');
  return dns;
}

let dc;
function channel(name) {
  dc ??= require('diagnostics_channel');
  return dc.channel(name);
}

function tracingChannel(name) {
  dc ??= require('diagnostics_channel');
  return dc.tracingChannel(name);
}

// ---- happy eyeballs defaults --------------------------------------------

// --[no-]network-family-autoselection and
// --network-family-autoselection-attempt-timeout=N set the starting values.
const config = internalBinding('config');
let autoSelectFamilyDefault = !config.hasFlag('--no-network-family-autoselection');
let autoSelectFamilyAttemptTimeoutDefault = (() => {
  const value = Number(config.flagValue('--network-family-autoselection-attempt-timeout') ?? 250);
  return Number.isInteger(value) && value > 0 ? Math.max(value, 10) : 250;
})();

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

// Below 10 ms an attempt could not even finish a local handshake; node clamps.
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = Math.max(value, 10);
}

// ---- arguments ------------------------------------------------------------

function toNumber(x) {
  x = Number(x);
  return x >= 0 ? x : false;
}

// A string that is not a number names a Unix socket path.
function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// (options[, cb]), (path[, cb]) or (port[, host][, cb]) as [options, cb].
function normalizeArgs(args) {
  let options = {};
  if (args.length > 0) {
    const first = args[0];
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
  }
  const cb = args.length > 0 && typeof args[args.length - 1] === 'function' ? args[args.length - 1] : null;
  const result = [options, cb];
  result[normalizedArgs] = true;
  return result;
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

// ---- Socket -----------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    const name = options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode';
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, options[name], 'is not supported');
  }
  if (options?.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  }

  this.connecting = false;
  this._hadError = false;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kBufferCb] = null;
  this[kBufferGen] = null;
  this._closeAfterHandlingError = false;

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;

  // The socket ends its writable side itself when the peer ends (unless
  // allowHalfOpen), and emits 'close' once its handle is closed.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  // The socket handles its signal itself (below), not as a plain stream would.
  const { signal, ...streamOptions } = options;
  Duplex.call(this, streamOptions);

  this._handle = null;
  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    validateInt32(options.fd, 'fd', 0);
    this._handle = new FdHandle(options.fd);
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      this[kBuffer] = true;
      this[kBufferGen] = onread.buffer;
    } else {
      this[kBuffer] = onread.buffer;
    }
    this[kBufferCb] = onread.callback;
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);

  this._pendingData = null;
  this._pendingEncoding = '';

  // A socket born connected (accepted, or over an fd) starts reading now;
  // one that connects later starts in afterConnect.
  if (this._handle && options.readable !== false) {
    if (this[kSetNoDelay]) this._handle.setNoDelay?.(true);
    if (this[kSetKeepAlive]) this._handle.setKeepAlive?.(true, this[kSetKeepAliveInitialDelay]);
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  if (signal) addClientAbortSignal(this, signal);

  if (options.blockList) {
    if (!BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }

  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this._bytesDispatched = 0;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  socket._peername = null;
  const handle = socket._handle;
  if (handle) {
    handle[owner] = socket;
    handle.onread = onStreamRead;
  }
}

function addClientAbortSignal(socket, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAbort = () => socket.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

// The peer ended: without allowHalfOpen, writing is over too.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const err = new Error('This socket has been ended by the other party');
  err.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, err);
  this.destroy(err);
  return false;
}

// handle.onread, with the handle as `this`.
function onStreamRead(status, chunk) {
  const handle = this;
  const socket = handle[owner];
  if (!socket || socket.destroyed) return;
  if (status > 0) {
    socket._unrefTimer();
    socket[kBytesRead] += status;
    const buf = Buffer.from(new ArrayBuffer(chunk));
    if (socket[kBuffer]) {
      deliverToUserBuffer(socket, buf);
      return;
    }
    if (!socket.push(buf)) {
      handle.reading = false;
      const err = handle.readStop();
      if (err) socket.destroy(errnoException(err, 'read'));
    }
    return;
  }
  if (status === 0) return;
  if (status !== UV_EOF) {
    socket.destroy(errnoException(status, 'read'));
    return;
  }
  handle.reading = false;
  // libuv asks for a buffer before the read that finds the end, too.
  if (socket[kBufferGen]) socket[kBufferGen]();
  if (!socket._readableState.endEmitted) {
    socket.push(null);
    socket.read(0);
  }
}

// options.onread: bytes land in the user's buffer and go to its callback;
// a callback returning false (or calling pause()) stops reading. node reads
// from the kernel only as much as the buffer holds; a chunk larger than it is
// handed over piece by piece here, and what is left when reading stops waits
// for the next resume.
function deliverToUserBuffer(socket, buf) {
  let offset = 0;
  while (offset < buf.length) {
    if (!socket._handle || socket.destroyed) return;
    if (!socket._handle.reading) {
      socket[kBufferRest] = buf.subarray(offset);
      return;
    }
    let target = socket[kBuffer];
    if (socket[kBufferGen]) target = socket[kBufferGen]();
    if (!(target instanceof Uint8Array) || target.length === 0) return;
    const n = Math.min(target.length, buf.length - offset);
    buf.copy(target, 0, offset, offset + n);
    offset += n;
    if (socket[kBufferCb].call(socket, n, target) === false && socket._handle?.reading) {
      socket._handle.reading = false;
      socket._handle.readStop();
    }
  }
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const rest = socket[kBufferRest];
  if (rest) {
    // What was left over goes first, never from inside resume() itself.
    socket[kBufferRest] = null;
    process.nextTick(() => {
      deliverToUserBuffer(socket, rest);
      if (socket._handle?.reading && !socket[kBufferRest]) startHandleReading(socket);
    });
    return;
  }
  startHandleReading(socket);
}

function startHandleReading(socket) {
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.read = function(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return Duplex.prototype.read.call(this, n);
};

Socket.prototype.pause = function() {
  if (this[kBuffer] && !this.connecting && this._handle?.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return Duplex.prototype.resume.call(this);
};

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    // Until connected the data waits here (bytesWritten counts it).
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  let buf;
  if (writev) {
    const parts = [];
    for (const { chunk, encoding: enc } of data) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk);
    buf = Buffer.concat(parts);
  } else {
    buf = typeof data === 'string' ? Buffer.from(data, encoding) : data;
  }
  this._bytesDispatched += buf.byteLength;
  this[kLastWriteQueueSize] = buf.byteLength;
  const handle = this._handle;
  const result = handle.write(buf, (status) => {
    if (status < 0 && status !== UV_ECANCELED) cb(errnoException(status, 'write'));
    else cb();
  });
  if (result === 1) {
    this[kLastWriteQueueSize] = 0;
    cb();
  } else if (result < 0) {
    this.destroy(errnoException(result, 'write'));
  }
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype._final = function(cb) {
  if (this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  // Shutdown errors do not fail the stream: the peer may be gone already.
  const err = this._handle.shutdown(() => cb());
  if (err === 1 || err === UV_ENOTCONN) cb();
  else if (err !== 0) cb(errnoException(err, 'shutdown'));
};

Socket.prototype.end = function(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  if (this[kTimeout]) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  clearConnectAttempt(this);
  this.connecting = false;
  const handle = this._handle;
  if (handle) {
    const hadError = Boolean(exception);
    this[kBytesWritten] = this._bytesDispatched;
    handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    const emitClose = () => this.emit('close', hadError);
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      handle.reset(emitClose);
    } else {
      handle.close(emitClose);
    }
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close', Boolean(exception)));
  }
  if (this._server) {
    this._server._connections--;
    this._server._emitCloseIfDrained?.();
  }
};

function noop() {}

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
    return this;
  }
  return this.destroy(new ERR_SOCKET_CLOSED());
};

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

// ---- timeouts -------------------------------------------------------------------

Socket.prototype.setTimeout = function(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  if (this[kTimeout]) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = setTimeout(() => this._onTimeout(), msecs);
    this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function() {
  // Writes still draining count as activity.
  const handle = this._handle;
  const last = this[kLastWriteQueueSize];
  if (last > 0 && handle) {
    const now = handle.writeQueueSize;
    if (now !== last) {
      this[kLastWriteQueueSize] = now;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype._unrefTimer = function() {
  for (let s = this; s !== null && s !== undefined; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

// ---- options and addresses ------------------------------------------------------

Socket.prototype.setNoDelay = function(enable) {
  // Node's default for a missing argument is true.
  const value = enable === undefined ? true : Boolean(enable);
  if (!this._handle) {
    this[kSetNoDelay] = value;
    return this;
  }
  if (this._handle.setNoDelay && value !== this[kSetNoDelay]) {
    this[kSetNoDelay] = value;
    this._handle.setNoDelay(value);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function() {
  return this._getsockname();
};

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname || this.connecting) return this._sockname || {};
  if (!this._sockname) {
    const out = {};
    if (this._handle.getsockname(out) !== 0) return {};
    this._sockname = out;
  }
  return this._sockname;
};

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    if (this._handle.getpeername(out) !== 0) return out;
    this._peername = out;
  }
  return this._peername;
};

function defineGetter(name, get) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null, configurable: true, enumerable: true, get,
  });
}

defineGetter('_connecting', function() { return this.connecting; });
defineGetter('pending', function() { return !this._handle || this.connecting; });
defineGetter('readyState', function() {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
defineGetter('bufferSize', function() {
  if (this._handle) return this.writableLength;
});
defineGetter('bytesRead', function() { return this[kBytesRead]; });
defineGetter('bytesWritten', function() {
  let bytes = this._bytesDispatched;
  const buffered = this.writableBuffer;
  if (!buffered) return undefined;
  for (const { chunk, encoding } of buffered) {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
  }
  const data = this._pendingData;
  if (Array.isArray(data)) {
    for (const { chunk, encoding } of data) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    }
  } else if (data) {
    bytes += typeof data === 'string' ? Buffer.byteLength(data, this._pendingEncoding) : data.length;
  }
  return bytes;
});
defineGetter('remoteAddress', function() { return this._getpeername().address; });
defineGetter('remoteFamily', function() { return this._getpeername().family; });
defineGetter('remotePort', function() { return this._getpeername().port; });
defineGetter('localAddress', function() { return this._getsockname().address; });
defineGetter('localPort', function() { return this._getsockname().port; });
defineGetter('localFamily', function() { return this._getsockname().family; });

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref?.();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref?.();
  return this;
};

// ---- connect --------------------------------------------------------------------

Socket.prototype.connect = function(...args) {
  const normalized = args[0]?.[normalizedArgs] ? args[0] : normalizeArgs(args);
  const [options, cb] = normalized;
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = Boolean(path);
  if (!this._handle) {
    // The byte counts are the connection's, as node's are its handle's.
    this._handle = new TCP(pipe);
    this[kBytesRead] = 0;
    this._bytesDispatched = 0;
    initSocketHandle(this);
  }
  const clientSocket = channel('net.client.socket');
  if (clientSocket.hasSubscribers) clientSocket.publish({ socket: this });
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;
  validateString(host, 'options.host');

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    autoSelectFamilyAttemptTimeout = Math.max(autoSelectFamilyAttemptTimeout, 10);
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // An IP needs no lookup; still asynchronous, as a lookup would be.
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsOptions = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsOptions.family !== 4 && dnsOptions.family !== 6 && dnsOptions.hints === 0) {
    dnsOptions.hints = lazyDns().ADDRCONFIG;
  }
  self._host = host;
  self._port = port;
  const lookup = options.lookup || lazyDns().lookup;

  if (dnsOptions.family !== 4 && dnsOptions.family !== 6 && !localAddress && autoSelectFamily) {
    dnsOptions.all = true;
    lookup(host, dnsOptions, (err, addresses) => {
      connectToAnyOf(self, err, addresses, host, port, localPort, autoSelectFamilyAttemptTimeout);
    });
    return;
  }

  lookup(host, dnsOptions, function emitLookup(err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (typeof ip !== 'string' || !isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (family !== 4 && family !== 6) {
      process.nextTick(connectErrorNT, self, invalidAddressFamily(family, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
    }
  });
}

// ERR_INVALID_ADDRESS_FAMILY carries the host and port it was for.
function invalidAddressFamily(family, host, port) {
  const err = new ERR_INVALID_ADDRESS_FAMILY(family, host, port);
  err.host = host;
  err.port = port;
  return err;
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

// Happy eyeballs (RFC 8305): the addresses alternate between the families,
// starting with the first one's; each attempt gets `attemptTimeout` ms before
// the next starts, and the first to connect wins.
function connectToAnyOf(self, err, addresses, host, port, localPort, attemptTimeout) {
  if (!self.connecting) return;
  if (err) {
    self.emit('lookup', err, undefined, undefined, host);
    process.nextTick(connectErrorNT, self, err);
    return;
  }
  const byFamily = { 4: [], 6: [] };
  let first;
  for (const { address, family } of addresses) {
    self.emit('lookup', null, address, family, host);
    if (!self.connecting) return;
    if (typeof address === 'string' && isIP(address) && (family === 4 || family === 6)) {
      first ??= family;
      if (!byFamily[family].some((a) => a.address === address)) byFamily[family].push({ address, family });
    }
  }
  if (first === undefined) {
    const { address, family } = addresses[0] ?? {};
    const error = typeof address !== 'string' || !isIP(address) ? new ERR_INVALID_IP_ADDRESS(address) :
      invalidAddressFamily(family, host, port);
    process.nextTick(connectErrorNT, self, error);
    return;
  }
  const primary = byFamily[first];
  const secondary = byFamily[first === 4 ? 6 : 4];
  const order = [];
  for (let i = 0; i < Math.max(primary.length, secondary.length); i++) {
    if (i < primary.length) order.push(primary[i]);
    if (i < secondary.length) order.push(secondary[i]);
  }
  if (order.length === 1) {
    self._unrefTimer();
    internalConnect(self, order[0].address, port, order[0].family, undefined, localPort);
    return;
  }
  self.autoSelectFamilyAttemptedAddresses = [];
  self._unrefTimer();
  attemptNext(self, { addresses: order, current: 0, port, localPort, attemptTimeout, errors: [] });
}

function attemptNext(self, context) {
  const { addresses, port, localPort } = context;
  if (context.current >= addresses.length) {
    const errors = context.errors;
    const error = errors.length === 1 ? errors[0] : Object.assign(new AggregateError(errors), { code: errors[0]?.code });
    self.destroy(error);
    return;
  }
  const { address, family } = addresses[context.current++];
  if (isBlocked(self, address, family)) {
    context.errors.push(new ERR_IP_BLOCKED(address));
    attemptNext(self, context);
    return;
  }
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  // Each attempt has a handle of its own; the winner becomes the socket's.
  const handle = self._handle && !self._handle[kAttempt] ? self._handle : new TCP(false);
  handle[kAttempt] = true;
  self._handle = handle;
  initSocketHandle(self);
  const attempt = { handle, timer: null };
  self[kAttempt] = attempt;
  const start = perfNow();
  const err = handle.connect(address, port, undefined, localPort, (status) => {
    if (self[kAttempt] !== attempt) return;
    clearTimeout(attempt.timer);
    self[kAttempt] = null;
    if (status === 0) {
      recordConnect(start, address, port);
      handle[kAttempt] = false;
      afterConnect(self, status, address, port);
      return;
    }
    context.errors.push(exceptionWithHostPort(status, 'connect', address, port));
    self._handle = null;
    handle.close(noop);
    attemptNext(self, context);
  });
  if (err) {
    self[kAttempt] = null;
    context.errors.push(exceptionWithHostPort(err, 'connect', address, port));
    self._handle = null;
    handle.close(noop);
    attemptNext(self, context);
    return;
  }
  if (context.current < addresses.length) {
    attempt.timer = setTimeout(() => {
      if (self[kAttempt] !== attempt) return;
      self[kAttempt] = null;
      const timedOut = exceptionWithHostPort(-110, 'connect', address, port);
      context.errors.push(timedOut);
      self.emit('connectionAttemptTimeout', address, port, family);
      self._handle = null;
      handle.close(noop);
      attemptNext(self, context);
    }, context.attemptTimeout);
    attempt.timer.unref();
  }
  self.emit('connectionAttempt', address, port, family);
}

// A 'net' performance entry for each TCP connection made, as node records.
function perfNow() {
  return require('internal/perf/utils').now();
}

function recordConnect(start, host, port) {
  const { enqueue } = require('internal/perf/observe');
  const { createPerformanceNodeEntry } = require('internal/perf/performance_entry');
  enqueue(createPerformanceNodeEntry('connect', 'net', start, perfNow() - start, { host, port }));
}

function clearConnectAttempt(self) {
  const attempt = self[kAttempt];
  if (attempt) {
    clearTimeout(attempt.timer);
    self[kAttempt] = null;
  }
}

function isBlocked(self, address, addressType) {
  return Boolean(self.blockList?.check(address, `ipv${addressType}`));
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  if (!self._handle) return;
  let err;
  if ((addressType === 4 || addressType === 6) && isBlocked(self, address, addressType)) {
    self.destroy(new ERR_IP_BLOCKED(address));
    return;
  }
  if (addressType === 4 || addressType === 6) {
    if (localAddress === undefined && localPort) localAddress = addressType === 6 ? '::' : '0.0.0.0';
    const start = perfNow();
    err = self._handle.connect(address, port, localAddress, localPort, (status) => {
      if (status === 0) recordConnect(start, address, port);
      afterConnect(self, status, address, port, localAddress, localPort);
    });
    if (addressType) self.emit('connectionAttempt', address, port, addressType);
  } else {
    err = self._handle.connectPath(address, (status) => afterConnect(self, status, address));
  }
  if (err) {
    const sockname = self._getsockname();
    const details = sockname.address ? `${sockname.address}:${sockname.port}` : undefined;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function afterConnect(self, status, address, port, localAddress, localPort) {
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    self._unrefTimer();
    if (self[kSetNoDelay]) self._handle.setNoDelay?.(true);
    if (self[kSetKeepAlive]) self._handle.setKeepAlive?.(true, self[kSetKeepAliveInitialDelay]);
    self.emit('connect');
    self.emit('ready');
    // Start reading, or learn of an immediate end; read(0) consumes nothing.
    if (!self.isPaused()) self.read(0);
    return;
  }
  let details;
  if (localAddress && localPort) details = `${localAddress}:${localPort}`;
  const ex = exceptionWithHostPort(status, 'connect', address, port, details);
  if (details) {
    ex.localAddress = localAddress;
    ex.localPort = localPort;
  }
  self.destroy(ex);
}

// ---- Server ---------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = getDefaultHighWaterMark();
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
  if (options.blockList) {
    if (!BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  this._listeningId++;

  if (options instanceof TCPServer) {
    this._handle = options;
    startListening(this, null, -1, -1, backlogFromArgs);
    return this;
  }
  addServerAbortSignal(this, options);
  const listenChannel = tracingChannel('net.server.listen');
  if (listenChannel.hasSubscribers) listenChannel.asyncStart.publish({ server: this, options });
  if (typeof options.fd === 'number' && options.fd >= 0) {
    startListening(this, null, null, null, backlogFromArgs, { fd: options.fd });
    return this;
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options);
    } else {
      startListening(this, null, options.port | 0, 4, backlog, options);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    if (options.path[0] === '\0' && (options.readableAll || options.writableAll)) {
      throw new ERR_INVALID_ARG_VALUE('options', options,
                                      'can not set readableAll or writableAllt to true when path is abstract unix socket');
    }
    this._pipeName = options.path;
    startListening(this, options.path, -1, -1, options.backlog || backlogFromArgs, options);
    if (this._handle && (options.readableAll === true || options.writableAll === true)) {
      // uv_pipe_chmod: the socket file becomes readable/writable by everyone.
      const fs = require('fs');
      try {
        const mode = fs.statSync(options.path).mode & 0o777;
        fs.chmodSync(options.path, mode | (options.readableAll === true ? 0o444 : 0) |
                     (options.writableAll === true ? 0o222 : 0));
      } catch (err) {
        this._handle.close(noop);
        this._handle = null;
        throw errnoException(err.errno, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function addServerAbortSignal(server, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

// A close() (or a new listen()) before the lookup answers makes it moot.
function lookupAndListen(server, port, host, backlog, options) {
  const listeningId = server._listeningId;
  // An IP answers on the next tick without a query, as dns.lookup would.
  const family = isIP(host);
  if (family) {
    process.nextTick(() => {
      if (listeningId === server._listeningId) startListening(server, host, port, family, backlog, options);
    });
    return;
  }
  lazyDns().lookup(host, (err, ip, family) => {
    if (listeningId !== server._listeningId) return;
    if (err) {
      server.emit('error', err);
      return;
    }
    startListening(server, ip, port, ip ? family : 4, backlog, options);
  });
}

// Bind and listen (synchronously, as libuv): errors come as 'error' on the
// next tick, 'listening' likewise. With no address the server takes every
// interface: IPv6 '::' (dual stack) where the system has IPv6, else 0.0.0.0.
function startListening(server, address, port, addressType, backlog, options = {}) {
  backlog = backlog || 511;
  if (!server._handle) {
    const handle = new TCPServer();
    let err;
    if (options.fd !== undefined) {
      err = handle.listenFd(options.fd, backlog);
    } else if (port === -1) {
      err = handle.listenPath(address, backlog);
    } else if (address === null) {
      address = '::';
      addressType = 6;
      err = handle.listen('::', port, backlog, options.ipv6Only, options.reusePort);
      // EAFNOSUPPORT, EADDRNOTAVAIL: no IPv6 here.
      if (err === -97 || err === -99) {
        address = '0.0.0.0';
        addressType = 4;
        err = handle.listen(address, port, backlog, false, options.reusePort);
      }
    } else {
      err = handle.listen(address, port, backlog, options.ipv6Only, options.reusePort);
    }
    if (err) {
      handle.close(noop);
      const error = uvExceptionWithHostPort(err, 'listen', address, port);
      const listenChannel = tracingChannel('net.server.listen');
      if (listenChannel.hasSubscribers) listenChannel.error.publish({ server, error });
      process.nextTick(() => server.emit('error', error));
      return;
    }
    server._handle = handle;
  }
  server._handle.onconnection = onconnection;
  server._handle[owner] = server;
  server._connectionKey = `${addressType}:${address}:${port}`;
  if (server._unref) server.unref();
  const listenChannel = tracingChannel('net.server.listen');
  if (listenChannel.hasSubscribers) listenChannel.asyncEnd.publish({ server });
  process.nextTick(() => {
    if (server._handle) server.emit('listening');
  });
}

// handle.onconnection, with the server's handle as `this`.
function onconnection(err, clientHandle) {
  const self = this[owner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    const data = { __proto__: null };
    const local = {};
    if (clientHandle.getsockname(local) === 0) {
      data.localAddress = local.address;
      data.localPort = local.port;
      data.localFamily = local.family;
    }
    const remote = {};
    if (clientHandle.getpeername(remote) === 0) {
      data.remoteAddress = remote.address;
      data.remotePort = remote.port;
      data.remoteFamily = remote.family;
    }
    self.emit('drop', data);
    clientHandle.close(noop);
    return;
  }
  if (self.blockList) {
    const remote = {};
    clientHandle.getpeername(remote);
    const family = isIP(remote.address);
    if (family && self.blockList.check(remote.address, `ipv${family}`)) {
      clientHandle.close(noop);
      return;
    }
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    keepAlive: self.keepAlive,
    keepAliveInitialDelay: self.keepAliveInitialDelay * 1000,
    noDelay: self.noDelay,
    highWaterMark: self.highWaterMark,
  });
  socket.server = self;
  socket._server = self;
  self._connections++;
  const serverSocket = channel('net.server.socket');
  if (serverSocket.hasSubscribers) serverSocket.publish({ socket });
  self.emit('connection', socket);
}

Server.prototype.address = function() {
  if (this._handle) {
    const out = {};
    const result = this._handle.getsockname(out);
    if (typeof result === 'string') return result;
    if (result !== 0) throw errnoException(result, 'address');
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close(noop);
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype[Symbol.asyncDispose] = async function() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.ref = function() {
  this._unref = false;
  this._handle?.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  this._handle?.unref();
  return this;
};

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return Boolean(this._handle && this._connectionKey); },
});

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'connection') sock.destroy(err);
  else this.emit('error', err);
};

// ---- module functions -------------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// Exported for node's own internals and tests that reach for it.
function _normalizeArgs(args) {
  return normalizeArgs(args);
}

module.exports = {
  _normalizeArgs,
  _setSimultaneousAccepts() {},
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  BlockList,
  SocketAddress,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
