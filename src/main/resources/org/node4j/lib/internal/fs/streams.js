// fs.ReadStream and fs.WriteStream: stream.Readable / stream.Writable over a
// file descriptor. The file is opened in _construct (so writes and reads wait
// for it), each _read/_write is one fs.read/fs.write through `this[kFs]` (node's
// `fs` option lets callers swap those calls, and a FileHandle given as `fd`
// swaps them for its own methods), and _destroy closes the descriptor once any
// read or write in flight has come back.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: { ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED, ERR_INVALID_THIS, ERR_STREAM_DESTROYED },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInteger,
} = require('internal/validators');
const { getOptions, getValidatedPath, getValidatedFd } = require('internal/fs/utils');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const finished = require('internal/streams/end-of-stream');
const { errorOrDestroy } = require('internal/streams/destroy');

const kFs = Symbol('kFs');
const kInFlight = Symbol('kInFlight');
const kIoDone = Symbol('kIoDone');

let lazyFs;
function fsModule() {
  lazyFs ??= require('fs');
  return lazyFs;
}

// The calls a stream makes, served by a FileHandle's promise methods.
function handleCalls(handle) {
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    read(fd, buffer, offset, length, position, cb) {
      handle.read(buffer, offset, length, position)
        .then(({ bytesRead }) => cb(null, bytesRead, buffer), cb);
    },
    write(fd, buffer, offset, length, position, cb) {
      handle.write(buffer, offset, length, position)
        .then(({ bytesWritten }) => cb(null, bytesWritten, buffer), cb);
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position)
        .then(({ bytesWritten }) => cb(null, bytesWritten, buffers), cb);
    },
    fsync(fd, cb) {
      handle.sync().then(() => cb(null), cb);
    },
    close(fd, cb) {
      handle.close().then(() => cb(null), cb);
    },
  };
}

// Picks the calls (options.fs, a FileHandle's, or fs itself) and the fd or path.
function setUpTarget(stream, path, options, needed) {
  const fd = options.fd;
  if (fd != null && typeof fd === 'object' && typeof fd.fd === 'number' && typeof fd.close === 'function') {
    if (options.fs !== undefined) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kFs] = handleCalls(fd);
    stream.fd = fd.fd;
    // Closing the handle behind the stream's back ends the stream.
    fd.on?.('close', () => stream.close());
    return;
  }
  const calls = options.fs ?? fsModule();
  if (options.fs != null) {
    for (const name of needed) validateFunction(calls[name], `options.fs.${name}`);
    if (needed.includes('write') && calls.writev != null) validateFunction(calls.writev, 'options.fs.writev');
  }
  stream[kFs] = calls;
  if (fd != null) {
    stream.fd = getValidatedFd(fd, 'fd');
    stream.path = undefined;
  } else {
    stream.fd = null;
    stream.path = isFileUrl(path) ? getValidatedPath(path) : path;
    getValidatedPath(stream.path);
  }
}

function isFileUrl(path) {
  return path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol !== undefined;
}

// Opens the file for _construct. A subclass (graceful-fs, old node code) may
// replace open() and report through 'open' or 'error' events instead of a
// callback; construction then completes on whichever comes first.
function construct(stream, originalOpen, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (originalOpen !== null && stream.open !== originalOpen) {
    const emit = stream.emit;
    stream.emit = function(name, ...args) {
      if (name === 'open') {
        stream.emit = emit;
        callback();
        return emit.call(this, name, ...args);
      }
      if (name === 'error') {
        stream.emit = emit;
        callback(args[0]);
        return true;
      }
      return emit.call(this, name, ...args);
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeFd(stream, err, callback) {
  // Like node, a stream never closes fd 0: one made over stdin leaves it open.
  if (!stream.fd) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  const calls = stream[kFs];
  // fd reads null from the moment close is asked for (callers' close sees it first).
  const close = () => {
    calls.close(fd, (closeErr) => callback(closeErr || err));
    stream.fd = null;
  };
  if (stream.flush && !err) {
    calls.fsync(fd, (syncErr) => {
      if (syncErr) {
        calls.close(fd, () => callback(syncErr));
        stream.fd = null;
        return;
      }
      close();
    });
    return;
  }
  close();
}

// The options as one plain object: a string names the encoding, and
// inherited properties count (node reads options through the prototype chain).
function streamOptions(options) {
  if (options === null || typeof options !== 'object') return { ...getOptions(options, {}) };
  const copy = {};
  for (const key in options) copy[key] = options[key];
  getOptions(copy, {});
  if (copy.signal !== undefined) validateAbortSignal(copy.signal, 'options.signal');
  return copy;
}

// Destroying waits for the read or write in flight, which still owns the fd.
function destroyStream(stream, err, callback) {
  if (stream[kInFlight]) {
    stream.once(kIoDone, (ioErr) => closeFd(stream, err || ioErr, callback));
  } else {
    closeFd(stream, err, callback);
  }
}

function validateStart(start) {
  if (start === undefined) return undefined;
  validateInteger(start, 'start', 0);
  return start;
}

// autoClose is the stream's autoDestroy under node's older name.
function defineAutoClose(Class, stateName) {
  const check = (stream) => {
    if (!(stream instanceof Class)) throw new ERR_INVALID_THIS(Class.name);
    return stream[stateName];
  };
  Object.defineProperty(Class.prototype, 'autoClose', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return check(this).autoDestroy; },
    set(value) { check(this).autoDestroy = value; },
  });
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = streamOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setUpTarget(this, path, options, ['open', 'read', 'close']);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = validateStart(options.start);
  this.end = options.end === undefined ? Infinity : options.end;
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  this.pos = this.start;
  this.bytesRead = 0;
  this[kInFlight] = false;
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

defineAutoClose(ReadStream, '_readableState');

function openReadStream() {
  // Only reached when user code calls the deprecated open() itself.
  construct(this, null, (err) => { if (err) errorOrDestroy(this, err); });
}
const { deprecate } = require('util');
const readOpen = deprecate(openReadStream, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = readOpen;

ReadStream.prototype._construct = function(callback) {
  construct(this, readOpen, callback);
};

ReadStream.prototype._read = function(size) {
  const left = this.pos !== undefined ? this.end - this.pos + 1 : this.end - this.bytesRead + 1;
  const n = Math.min(left, size);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(n);
  this[kInFlight] = true;
  this[kFs].read(this.fd, buffer, 0, n, this.pos ?? null, (err, bytesRead) => {
    this[kInFlight] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead === buffer.length ? buffer : Buffer.from(buffer.subarray(0, bytesRead)));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, callback) {
  destroyStream(this, err, callback);
};

ReadStream.prototype.close = function(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  configurable: true,
  get() { return this.fd === null; },
});

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = streamOptions(options);
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setUpTarget(this, path, options, ['open', 'write', 'close']);
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = validateStart(options.start);
  this.pos = this.start;
  this.bytesWritten = 0;
  this[kInFlight] = false;
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }
  // Without a writev among the calls, each buffered chunk is written on its own.
  if (typeof this[kFs].writev !== 'function') this._writev = null;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

defineAutoClose(WriteStream, '_writableState');

function openWriteStream() {
  construct(this, null, (err) => { if (err) errorOrDestroy(this, err); });
}
const writeOpen = deprecate(openWriteStream, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = writeOpen;

WriteStream.prototype._construct = function(callback) {
  construct(this, writeOpen, callback);
};

// One write or writev completed: count it, or hand the fd to a waiting destroy.
function afterWrite(stream, callback) {
  return (err, bytes) => {
    stream[kInFlight] = false;
    if (stream.destroyed) {
      callback(err || new ERR_STREAM_DESTROYED('write'));
      stream.emit(kIoDone, err);
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    stream.bytesWritten += bytes;
    callback();
  };
}

// All of data, however many writes that takes: a short write continues with
// the rest, EAGAIN (a non-blocking fd that is full) tries again.
function writeAll(stream, data, offset, position, done) {
  const length = data.length - offset;
  stream[kFs].write(stream.fd, data, offset, length, position, (err, bytes) => {
    if (err?.code === 'EAGAIN') {
      if (stream.destroyed) {
        done(null, 0);
        return;
      }
      writeAll(stream, data, offset, position, done);
      return;
    }
    if (!err && !stream.destroyed && bytes < length) {
      stream.bytesWritten += bytes;
      writeAll(stream, data, offset + bytes, position === null ? null : position + bytes, done);
      return;
    }
    done(err, bytes);
  });
}

WriteStream.prototype._write = function(data, encoding, callback) {
  this[kInFlight] = true;
  writeAll(this, data, 0, this.pos ?? null, afterWrite(this, callback));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(chunks, callback) {
  const buffers = chunks.map(({ chunk }) => chunk);
  let size = 0;
  for (const b of buffers) size += b.length;
  this[kInFlight] = true;
  this[kFs].writev(this.fd, buffers, this.pos ?? null, afterWrite(this, callback));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function(err, callback) {
  destroyStream(this, err, callback);
};

WriteStream.prototype.close = function(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // Without autoClose, finishing would leave the fd open: close means close.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// Node's old name for end().
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  configurable: true,
  get() { return this.fd === null; },
});

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
