// node:tty. ReadStream reads a terminal through a PipeHandle (a thread polls the
// fd) and can switch it to raw mode; WriteStream writes synchronously (as node
// does on a terminal) and knows the terminal's size, colours and cursor moves.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const { Socket } = require('internal/pipe_socket');
const SyncWriteStream = require('internal/fs/sync_write_stream');
const { streamColorMethods } = require('internal/tty');
const { codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED }, errnoException } = require('internal/errors');

const tty = internalBinding('tty_wrap');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && tty.isTTY(fd);
}

function validateTTY(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  if (!tty.isTTY(fd)) {
    // What uv_tty_init answers for a descriptor that is no terminal.
    throw new ERR_TTY_INIT_FAILED({ code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init', errno: -22 });
  }
}

class ReadStream extends Socket {
  constructor(fd, options) {
    validateTTY(fd);
    super(internalBinding('pipe_wrap').open(fd), { ...options, readable: true, writable: false });
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    flag = !!flag;
    const err = tty.setRawMode(this.fd, flag);
    if (err) {
      this.emit('error', errnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

class WriteStream extends SyncWriteStream {
  constructor(fd) {
    validateTTY(fd);
    super(fd, { autoClose: false });
    this._type = 'tty';
    this.isTTY = true;
    this._refreshSize();
  }

  _refreshSize() {
    const size = tty.getWindowSize(this.fd);
    if (!size) return;
    const changed = size[0] !== this.columns || size[1] !== this.rows;
    const first = this.columns === undefined;
    this.columns = size[0];
    this.rows = size[1];
    if (changed && !first) this.emit('resize');
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  cursorTo(x, y, callback) {
    return require('readline').cursorTo(this, x, y, callback);
  }

  moveCursor(dx, dy, callback) {
    return require('readline').moveCursor(this, dx, dy, callback);
  }

  clearLine(dir, callback) {
    return require('readline').clearLine(this, dir, callback);
  }

  clearScreenDown(callback) {
    return require('readline').clearScreenDown(this, callback);
  }
}

// Non-enumerable, like the class's own methods.
for (const name of ['hasColors', 'getColorDepth']) {
  Object.defineProperty(WriteStream.prototype, name, {
    __proto__: null, value: streamColorMethods[name], writable: true, enumerable: false, configurable: true,
  });
}

module.exports = { isatty, ReadStream, WriteStream };
