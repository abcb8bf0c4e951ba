// The handles under net.Socket and net.Server, as ordinary JS objects over the
// Java handles (binding/SocketHandle, ServerHandle, PipeHandle): code may set
// properties on them (reading, onread, owner) and wrap their methods, as it can
// on node's TCP and Pipe handles. Every stream handle speaks one protocol:
//
//   onread(status, chunk)       set by the owner; status > 0 with an ArrayBuffer
//                               source of that many bytes, UV_EOF, or -errno
//   readStart() / readStop()    0 or -errno
//   write(buffer, cb)           0: cb(status) follows; 1: written at once; < 0: failed
//   shutdown(cb)                0: cb(status) follows; < 0: failed
//   close(cb)                   cb() in the loop's close phase
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');

let tcpBinding;
function tcp() {
  tcpBinding ??= internalBinding('tcp_wrap');
  return tcpBinding;
}

// The handles not yet closed, for process._getActiveHandles() and
// process.getActiveResourcesInfo(); each knows its owner (a net.Socket...).
const openHandles = new Set();
const ownerSymbol = Symbol('owner_symbol');

function activeHandles() {
  const owners = [];
  for (const handle of openHandles) {
    if (handle.hasRef()) owners.push(handle[ownerSymbol] ?? handle);
  }
  return owners;
}

function activeResourceNames() {
  const names = [];
  for (const handle of openHandles) {
    if (handle.hasRef()) names.push(handle.resourceName);
  }
  return names;
}

class StreamHandle {
  #handle;
  #dispatch;

  constructor(handle) {
    openHandles.add(this);
    this.#handle = handle;
    this.reading = false;
    this.onread = null;
    // One function for the Java side to call, looking up onread each time so
    // that it may be replaced while reading.
    this.#dispatch = (status, chunk) => {
      if (typeof this.onread === 'function') this.onread(status, chunk);
    };
  }

  get fd() {
    return this.#handle.fd();
  }

  readStart() { return this.#handle.readStart(this.#dispatch); }
  readStop() { return this.#handle.readStop(); }
  write(buf, oncomplete) {
    return this.#handle.write(buf.buffer, buf.byteOffset, buf.byteLength, oncomplete);
  }
  shutdown(oncomplete) { return this.#handle.shutdown(oncomplete); }
  close(oncomplete) {
    openHandles.delete(this);
    this.#handle.close(oncomplete);
  }

  get resourceName() { return 'PipeWrap'; }
  ref() { this.#handle.ref(); }
  unref() { this.#handle.unref(); }
  hasRef() { return this.#handle.hasRef(); }

  get java() {
    return this.#handle;
  }
}

// A TCP connection, or a Unix domain socket when `unix` (node's TCP and Pipe).
class TCP extends StreamHandle {
  #unix;

  constructor(unix = false, javaHandle = tcp().socket(unix)) {
    super(javaHandle);
    this.#unix = unix;
  }

  get unix() { return this.#unix; }
  get resourceName() { return this.#unix ? 'PipeWrap' : 'TCPSocketWrap'; }

  connect(address, port, localAddress, localPort, oncomplete) {
    return this.java.connect(address, port, localAddress ?? null, localPort | 0, oncomplete);
  }
  connectPath(path, oncomplete) { return this.java.connectPath(path, oncomplete); }
  reset(oncomplete) {
    openHandles.delete(this);
    this.java.reset(oncomplete);
    return 0;
  }
  getsockname(out) { return this.#unix ? -22 : this.java.getsockname(out); }
  getpeername(out) { return this.#unix ? -22 : this.java.getpeername(out); }
  setNoDelay(enable) { return this.java.setNoDelay(!!enable); }
  setKeepAlive(enable, delaySeconds) { return this.java.setKeepAlive(!!enable, delaySeconds | 0); }
  get writeQueueSize() { return this.java.writeQueueSize(); }
}

// An fd the process already holds (a pipe or socket end), read and written
// through a PipeHandle: net.Socket({ fd }).
class FdHandle extends StreamHandle {
  constructor(fd) {
    super(internalBinding('pipe_wrap').open(fd));
  }

  getsockname() { return -22; }
  getpeername() { return -22; }
}

// A listening socket; onconnection(status, TCP) for each accepted connection.
class TCPServer {
  #handle;
  #unix = false;

  constructor() {
    this.#handle = tcp().server();
    this.onconnection = null;
    openHandles.add(this);
  }

  get resourceName() { return this.#unix ? 'PipeServerWrap' : 'TCPServerWrap'; }

  listen(address, port, backlog, ipv6Only, reusePort) {
    return this.#handle.listen(address, port, backlog, !!ipv6Only, !!reusePort, this.#accept);
  }

  listenFd(fd, backlog) {
    const err = this.#handle.listenFd(fd, backlog, this.#accept);
    if (err === 0) this.#unix = typeof this.#handle.getsockname({}) === 'string';
    return err;
  }

  listenPath(path, backlog) {
    this.#unix = true;
    return this.#handle.listenPath(path, backlog, this.#accept);
  }

  #accept = (status, javaSocket) => {
    if (typeof this.onconnection === 'function') {
      this.onconnection(status, status === 0 ? new TCP(this.#unix, javaSocket) : undefined);
    }
  };

  // { address, family, port } into out: 0 or -errno; a Unix server answers its path.
  getsockname(out) { return this.#handle.getsockname(out); }
  get fd() { return this.#handle.fd(); }
  close(oncomplete) {
    openHandles.delete(this);
    this.#handle.close(oncomplete);
  }
  ref() { this.#handle.ref(); }
  unref() { this.#handle.unref(); }
  hasRef() { return this.#handle.hasRef(); }
}

module.exports = {
  TCP, TCPServer, FdHandle, UV_EOF: -4095, ownerSymbol, activeHandles, activeResourceNames,
};
