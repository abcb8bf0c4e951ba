// process.stdout / process.stderr: synchronous writes to fd 1 and 2, as Node
// does on Linux for files, pipes and terminals. (The stream issue turns these
// into full stream.Writable instances; the write path stays the same.)
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const EventEmitter = require('events');

function install(process) {
  let stdout;
  let stderr;
  Object.defineProperty(process, 'stdout', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stdout ??= createWritableStdioStream(1); },
  });
  Object.defineProperty(process, 'stderr', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stderr ??= createWritableStdioStream(2); },
  });
}

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    const tty = internalBinding('tty_wrap');
    this.fd = fd;
    this._type = tty.isTTY(fd) ? 'tty' : 'fs';
    this.isTTY = this._type === 'tty' ? true : undefined;
    this.writable = true;
    this._isStdio = true;
    this.destroyed = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    if (this.isTTY) {
      const size = tty.getWindowSize(fd);
      if (size) {
        this.columns = size[0];
        this.rows = size[1];
      }
    } else {
      delete this.isTTY;
    }
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    const fs = internalBinding('fs');
    let r;
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && typeof Buffer === 'function') {
        const b = Buffer.from(chunk, encoding);
        r = fs.writeBuffer(this.fd, b.buffer, b.byteOffset, b.byteLength);
      } else {
        r = fs.writeString(this.fd, chunk);
      }
    } else if (chunk instanceof Uint8Array) {
      r = fs.writeBuffer(this.fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      const err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      throw err;
    }
    if (r < 0) {
      const { uvException } = require('internal/errors');
      const err = uvException({ errno: Number(r), syscall: 'write' });
      if (typeof cb === 'function') process.nextTick(cb, err);
      else process.nextTick(() => this.emit('error', err));
      return false;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk != null) this.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  destroySoon() {}
  destroy() { return this; }
  _destroy(err, cb) { cb(err); }

  hasColors(count = 16, env = process.env) {
    return require('internal/tty').getColorDepth(this.fd, env) >= Math.log2(count);
  }

  getColorDepth(env = process.env) {
    return require('internal/tty').getColorDepth(this.fd, env);
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }
}

function createWritableStdioStream(fd) {
  return new SyncWriteStream(fd);
}

module.exports = { install, SyncWriteStream };
