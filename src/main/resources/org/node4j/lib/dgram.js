// node:dgram: UDP sockets. The socket itself is a UdpHandle (binding/UdpHandle.java,
// reached through internal/dgram's UDP); this file is the EventEmitter API on it:
// the bind/connect state machines, the queue of work that waits for an implicit
// bind, argument checking and Node's errors.
'use strict';

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { internalBinding } = require('internal/bootstrap/realm');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FD_TYPE,
    ERR_IP_BLOCKED,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  errnoException,
  exceptionWithHostPort,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateNumber,
  validateString, validatePort } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { kStateSymbol, newHandle, UDP } = require('internal/dgram');

const BIND_UNBOUND = 0;
const BIND_BINDING = 1;
const BIND_BOUND = 2;

const CONNECT_DISCONNECTED = 0;
const CONNECT_CONNECTING = 1;
const CONNECT_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

// The socket a handle belongs to (message callbacks arrive on the handle).
const kOwner = Symbol('owner');

function isBlockList(value) {
  return require('internal/blocklist').BlockList.isBlockList(value);
}

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) {
      validateNumber(options.recvBufferSize, 'options.recvBufferSize');
      recvBufferSize = options.recvBufferSize;
    }
    if (options.sendBufferSize) {
      validateNumber(options.sendBufferSize, 'options.sendBufferSize');
      sendBufferSize = options.sendBufferSize;
    }
    for (const name of ['receiveBlockList', 'sendBlockList']) {
      if (options[name] !== undefined && !isBlockList(options[name])) {
        throw new ERR_INVALID_ARG_TYPE(`options.${name}`, 'net.BlockList', options[name]);
      }
    }
  }

  const handle = newHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_UNBOUND,
    connectState: CONNECT_DISCONNECTED,
    queue: undefined,
    reuseAddr: options?.reuseAddr,
    reusePort: options?.reusePort,
    ipv6Only: options?.ipv6Only,
    recvBufferSize,
    sendBufferSize,
    receiveBlockList: options?.receiveBlockList,
    sendBlockList: options?.sendBlockList,
  };

  if (options?.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', disposable[Symbol.dispose]);
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

function onMessage(nread, handle, buf, rinfo) {
  const self = handle[kOwner];
  if (nread < 0) {
    self.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  const blockList = self[kStateSymbol]?.receiveBlockList;
  if (blockList?.check(rinfo.address, rinfo.family === 'IPv4' ? 'ipv4' : 'ipv6')) return;
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

// Work (sends, connect, close) asked for while an implicit bind is under way
// runs once the socket listens, and is dropped if the bind fails.
function enqueue(self, work) {
  const state = self[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(work);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kStateSymbol];
  const queue = state.queue;
  state.queue = undefined;
  for (const work of queue) work();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kStateSymbol].queue = undefined;
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    // The callback is for 'listening' only: a failed bind must not leave it behind.
    const onListening = () => {
      this.removeListener('error', onBindError);
      cb.call(this);
    };
    const onBindError = () => this.removeListener('listening', onListening);
    this.once('listening', onListening);
    this.once('error', onBindError);
  }

  if (port instanceof UDP) {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  // bind({ fd }): adopt a UDP socket this process already has.
  if (port !== null && typeof port === 'object' && Number.isInteger(port.fd) && port.fd > 0 &&
      port.fd <= 0x7fffffff) {
    const kind = internalBinding('util').guessHandleType(port.fd);
    if (kind !== 'UDP') throw new ERR_INVALID_FD_TYPE(kind);
    const err = state.handle.open(port.fd);
    if (err) throw errnoException(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (lookupError, ip) => {
    if (!state.handle) return; // closed while the name was looked up
    if (lookupError) {
      state.bindState = BIND_UNBOUND;
      this.emit('error', lookupError);
      return;
    }
    const { IPV6ONLY, REUSEADDR, REUSEPORT } = UDP.flags;
    let flags = 0;
    if (state.reuseAddr) flags |= REUSEADDR;
    if (state.reusePort) flags |= REUSEPORT;
    if (state.ipv6Only) flags |= IPV6ONLY;
    // As node's native bind: the port is taken as a uint16, whatever it was.
    const err = state.handle.bind(ip, (Number(port || 0) >>> 0) & 0xffff, flags);
    if (err) {
      state.bindState = BIND_UNBOUND;
      this.emit('error', exceptionWithHostPort(err, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

function replaceHandle(self, newHandle) {
  const state = self[kStateSymbol];
  const oldHandle = state.handle;
  newHandle.lookup = oldHandle.lookup;
  newHandle[kOwner] = self;
  oldHandle.close();
  state.handle = newHandle;
}

Socket.prototype.connect = function(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');

  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_CONNECTING;
  if (state.bindState === BIND_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_BOUND) {
    enqueue(this, connectNow.bind(this, port, address, callback));
    return;
  }
  connectNow.call(this, port, address, callback);
};

function connectNow(port, address, callback) {
  const state = this[kStateSymbol];
  if (callback) this.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => finishConnect(ex, this, ip, address, port, callback));
}

function finishConnect(ex, self, ip, address, port, callback) {
  const state = self[kStateSymbol];
  if (!state.handle) return;
  if (!ex && state.sendBlockList?.check(ip, familyOf(ip))) ex = new ERR_IP_BLOCKED(ip);
  if (!ex) {
    const err = state.handle.connect(ip, port);
    if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
  }
  if (ex) {
    state.connectState = CONNECT_DISCONNECTED;
    process.nextTick(() => {
      if (callback) {
        self.removeListener('connect', callback);
        callback(ex);
      } else {
        self.emit('error', ex);
      }
    });
    return;
  }
  state.connectState = CONNECT_CONNECTED;
  process.nextTick(() => self.emit('connect'));
}

function familyOf(ip) {
  return ip.includes(':') ? 'ipv6' : 'ipv4';
}

Socket.prototype.disconnect = function() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_DISCONNECTED;
};

// Thin wrapper around send() that checks its arguments' types first.
Socket.prototype.sendto = function(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

const kBufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

// Strings become Buffers; null when an element is neither a string nor bytes.
function toBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item === 'string') out[i] = Buffer.from(item);
    else if (isArrayBufferView(item)) out[i] = item;
    else return null;
  }
  return out;
}

// send(msg[, offset, length][, port][, address][, callback]); msg is bytes, a
// string or an array of them; connected sockets take no port or address.
Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  let list;
  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
    } else {
      list = [buffer];
    }
  } else {
    list = toBufferList(buffer);
    if (list === null) throw new ERR_INVALID_ARG_TYPE('buffer list arguments', kBufferTypes, buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);

  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);

  if (state.bindState === BIND_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));

  // Not bound yet: send once the implicit (or pending) bind is done.
  if (state.bindState !== BIND_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }

  if (connected) {
    sendNow(null, this, null, list, address, port, callback);
  } else {
    state.handle.lookup(address, (ex, ip) => sendNow(ex, this, ip, list, address, port, callback));
  }
};

// One datagram of all of list's bytes, as a single Uint8Array view.
function joinList(list) {
  if (list.length === 1) return list[0];
  let total = 0;
  for (const part of list) total += part.byteLength;
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (const part of list) {
    out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += part.byteLength;
  }
  return out;
}

function sendNow(ex, self, ip, list, address, port, callback) {
  const state = self[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  if (ip && state.sendBlockList?.check(ip, familyOf(ip))) {
    if (callback) process.nextTick(callback, new ERR_IP_BLOCKED(ip));
    return;
  }
  const data = joinList(list);
  const oncomplete = callback ? (status, sent) => {
    callback(status < 0 ? exceptionWithHostPort(status, 'send', address, port) : null, sent);
  } : null;
  const result = state.handle.send(data.buffer, data.byteOffset, data.byteLength,
                                   ip, ip ? port : 0, oncomplete);
  // result - 1 bytes went out at once; < 0 failed at once; 0: oncomplete follows.
  if (result >= 1) {
    if (callback) process.nextTick(callback, null, result - 1);
  } else if (result < 0 && callback) {
    process.nextTick(callback, exceptionWithHostPort(result, 'send', address, port));
  }
}

Socket.prototype.close = function(callback) {
  const state = this[kStateSymbol];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  // Queued sends go out first, then the socket closes.
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function() {
  if (!this[kStateSymbol].handle) return;
  await new Promise((resolve) => this.close(resolve));
};

Socket.prototype.address = function() {
  healthCheck(this);
  const out = this[kStateSymbol].handle.getsockname();
  if (typeof out === 'number') throw errnoException(out, 'getsockname');
  return { address: out[0], family: out[1], port: out[2] };
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = state.handle.getpeername();
  if (typeof out === 'number') throw errnoException(out, 'getpeername');
  return { address: out[0], family: out[1], port: out[2] };
};

Socket.prototype.setBroadcast = function(arg) {
  const err = this[kStateSymbol].handle.setBroadcast(!!arg);
  if (err) throw errnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setTTL(ttl);
  if (err) throw errnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setMulticastTTL(ttl);
  if (err) throw errnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  const err = this[kStateSymbol].handle.setMulticastLoopback(!!arg);
  if (err) throw errnoException(err, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kStateSymbol].handle.setMulticastInterface(interfaceAddress);
  if (err) throw errnoException(err, 'setMulticastInterface');
};

// Node's native side reads these as strings, null/undefined meaning "none".
function optionalText(value) {
  return value == null ? null : String(value);
}

function membership(self, syscall, multicastAddress, interfaceAddress, join) {
  healthCheck(self);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = self[kStateSymbol].handle.membership(String(multicastAddress), optionalText(interfaceAddress), join);
  if (err) throw errnoException(err, syscall);
}

Socket.prototype.addMembership = function(multicastAddress, interfaceAddress) {
  membership(this, 'addMembership', multicastAddress, interfaceAddress, true);
};

Socket.prototype.dropMembership = function(multicastAddress, interfaceAddress) {
  membership(this, 'dropMembership', multicastAddress, interfaceAddress, false);
};

function sourceMembership(self, syscall, sourceAddress, groupAddress, interfaceAddress, join) {
  healthCheck(self);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = self[kStateSymbol].handle.sourceMembership(sourceAddress, groupAddress,
                                                        optionalText(interfaceAddress), join);
  if (err) throw errnoException(err, syscall);
}

Socket.prototype.addSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, 'addSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress, true);
};

Socket.prototype.dropSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, 'dropSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress, false);
};

// SO_RCVBUF / SO_SNDBUF: size 0 reads the current value (Linux reports double what was set).
function bufferSize(self, size, recv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const result = self[kStateSymbol].handle.bufferSize(size, recv);
  if (result < 0) {
    const { name, message } = require('internal/util/errno').describe(result);
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: result,
      code: name,
      message,
      syscall: recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return result;
}

Socket.prototype.setRecvBufferSize = function(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function() {
  return this[kStateSymbol].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function() {
  return this[kStateSymbol].handle.getSendQueueCount();
};

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

Socket.prototype.ref = function() {
  this[kStateSymbol].handle?.ref();
  return this;
};

Socket.prototype.unref = function() {
  this[kStateSymbol].handle?.unref();
  return this;
};

// DEP0112: the pre-v11 underscore API, kept as deprecated accessors.
let deprecate;
function deprecated(fn, what) {
  let wrapped;
  return function(...args) {
    deprecate ??= require('util').deprecate;
    wrapped ??= deprecate(fn, `Socket.prototype.${what} is deprecated`, 'DEP0112');
    return Reflect.apply(wrapped, this, args);
  };
}

for (const [name, key] of [['_handle', 'handle'], ['_receiving', 'receiving'],
  ['_bindState', 'bindState'], ['_queue', 'queue'], ['_reuseAddr', 'reuseAddr']]) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    get: deprecated(function() { return this[kStateSymbol][key]; }, name),
    set: deprecated(function(value) { this[kStateSymbol][key] = value; }, name),
    configurable: true,
  });
}

Socket.prototype._healthCheck = deprecated(function() { healthCheck(this); }, '_healthCheck()');
Socket.prototype._stopReceiving = deprecated(function() { stopReceiving(this); }, '_stopReceiving()');

let deprecatedCreate;
// What cluster used to create a bound handle with.
function createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  if (Number.isInteger(fd) && fd > 0) {
    const err = handle.open(fd);
    if (err) return err;
  } else if (port || address) {
    const err = handle.bind(address, port || 0, flags);
    if (err) {
      handle.close();
      return err;
    }
  }
  return handle;
}

module.exports = {
  _createSocketHandle(...args) {
    deprecate ??= require('util').deprecate;
    deprecatedCreate ??= deprecate(createSocketHandle, 'dgram._createSocketHandle() is deprecated', 'DEP0112');
    return deprecatedCreate(...args);
  },
  createSocket,
  Socket,
};
