// fs.SyncWriteStream: a Writable whose every write is one synchronous write(2)
// to its descriptor, so a write's callback runs before write() returns. Node
// uses it for process.stdout/stderr on files, and node4j for pipes and
// terminals too (node writes those synchronously on Linux as well).
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const { Buffer } = require('buffer');
const Writable = require('internal/streams/writable');
const { uvException } = require('internal/errors');

// One whole write of a string or bytes to fd: bytes written, or a negative errno.
function writeToFd(fd, chunk, encoding) {
  const fs = internalBinding('fs');
  if (typeof chunk === 'string') {
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
      chunk = Buffer.from(chunk, encoding);
    } else {
      return fs.writeString(fd, chunk);
    }
  }
  return fs.writeBuffer(fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function SyncWriteStream(fd, options) {
  if (!(this instanceof SyncWriteStream)) return new SyncWriteStream(fd, options);
  options ??= {};
  // Strings go to the descriptor as they are: no Buffer per console.log line.
  Reflect.apply(Writable, this, [{ autoDestroy: true, decodeStrings: false }]);
  this.fd = fd;
  this.readable = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function(chunk, encoding, callback) {
  let result;
  try {
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    result = writeToFd(this.fd, chunk, encoding);
  } catch (err) {
    callback(err);
    return;
  }
  if (result < 0) {
    callback(uvException({ errno: Number(result), syscall: 'write' }));
    return;
  }
  callback();
};

SyncWriteStream.prototype._destroy = function(err, callback) {
  if (this.fd === null) {
    callback(err);
    return;
  }
  if (this.autoClose) require('fs').closeSync(this.fd);
  this.fd = null;
  callback(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = SyncWriteStream;
