// Pipe, the JS face of a PipeHandle (binding/PipeHandle.java), and Socket,
// a Duplex over one: a child's stdio pipes and process.stdin on a pipe. (net.Socket
// takes this role in node; these stand in until net has its own handles.)
'use strict';

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { errnoException } = require('internal/errors');

const UV_EOF = -4095;

// The JS face of a PipeHandle (binding/PipeHandle.java): an ordinary object, so
// that code may wrap or replace its methods as it can on node's Pipe handles.
class Pipe {
  #handle;

  constructor(handle) {
    this.#handle = handle;
    this.reading = false;
  }

  get fd() {
    return this.#handle.fd();
  }

  readStart(onread) { return this.#handle.readStart(onread); }
  readStop() { return this.#handle.readStop(); }
  write(arrayBuffer, offset, length, oncomplete) { return this.#handle.write(arrayBuffer, offset, length, oncomplete); }
  writeUtf8(text, oncomplete) { return this.#handle.writeUtf8(text, oncomplete); }
  writeUtf8WithFd(text, fd, oncomplete) { return this.#handle.writeUtf8WithFd(text, fd, oncomplete); }
  shutdown(oncomplete) { return this.#handle.shutdown(oncomplete); }
  close(oncomplete) { this.#handle.close(oncomplete); }
  ref() { this.#handle.ref(); }
  unref() { this.#handle.unref(); }
  hasRef() { return this.#handle.hasRef(); }
}

// One end of a stdio pipe (a socketpair end, as in libuv): a Duplex whose
// readable and writable sides are switched on as the child's fd needs them.
class Socket extends Duplex {
  constructor(handle, { readable, writable }) {
    super({ readable, writable, allowHalfOpen: true });
    this._handle = handle ? new Pipe(handle) : null;
    this._reading = false;
    this._onread = (status, chunk) => this.#onread(status, chunk);
    if (!handle) {
      // The child never started: nothing will ever flow.
      if (readable) this.push(null);
    }
  }

  #onread(status, chunk) {
    if (status > 0) {
      const buf = Buffer.from(new ArrayBuffer(chunk));
      if (!this.push(buf) && this._handle) {
        this._reading = false;
        this._handle.readStop();
      }
    } else if (status === UV_EOF) {
      this._reading = false;
      this.push(null);
    } else {
      this._reading = false;
      this.destroy(errnoException(status, 'read'));
    }
  }

  _read() {
    if (!this._handle || this._reading) return;
    this._reading = true;
    const err = this._handle.readStart(this._onread);
    if (err < 0) this.destroy(errnoException(err, 'read'));
  }

  _write(chunk, encoding, callback) {
    if (!this._handle) {
      callback(errnoException(-32, 'write'));
      return;
    }
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    const result = this._handle.write(buf.buffer, buf.byteOffset, buf.byteLength, (status) => {
      callback(status < 0 ? errnoException(status, 'write') : null);
    });
    // 1: written at once (no callback follows); < 0: failed at once.
    if (result === 1) callback(null);
    else if (result < 0) callback(errnoException(result, 'write'));
  }

  _final(callback) {
    if (!this._handle) {
      callback();
      return;
    }
    const err = this._handle.shutdown(() => callback());
    if (err < 0) callback();
  }

  _destroy(err, callback) {
    const handle = this._handle;
    if (!handle) {
      callback(err);
      return;
    }
    this._handle = null;
    handle.close(() => callback(err));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

module.exports = { Pipe, Socket };
