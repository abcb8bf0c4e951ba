// process.stdout / process.stderr, made on first use: Writables over fd 1 and 2
// (internal/fs/sync_write_stream) with the terminal's extras when they are one.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');

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

// What a terminal adds to the stream: its size, colour depth and cursor control
// (tty.WriteStream's methods).
const ttyMethods = {
  hasColors(count = 16, env = process.env) {
    if (typeof count === 'object' && count !== null) {
      env = count;
      count = 16;
    }
    return require('internal/tty').getColorDepth(this.fd, env) >= Math.log2(count);
  },
  getColorDepth(env = process.env) {
    return require('internal/tty').getColorDepth(this.fd, env);
  },
  getWindowSize() {
    return [this.columns, this.rows];
  },
  cursorTo(x, y, callback) {
    return require('readline').cursorTo(this, x, y, callback);
  },
  moveCursor(dx, dy, callback) {
    return require('readline').moveCursor(this, dx, dy, callback);
  },
  clearLine(dir, callback) {
    return require('readline').clearLine(this, dir, callback);
  },
  clearScreenDown(callback) {
    return require('readline').clearScreenDown(this, callback);
  },
};

// process.stdout / process.stderr: a Writable writing synchronously to fd 1 or
// 2 (node does so on Linux for files, pipes and terminals alike), which never
// closes its descriptor.
function createWritableStdioStream(fd) {
  const SyncWriteStream = require('internal/fs/sync_write_stream');
  const tty = internalBinding('tty_wrap');
  const stream = new SyncWriteStream(fd, { autoClose: false });
  stream._isStdio = true;
  stream._type = tty.isTTY(fd) ? 'tty' : 'fs';
  stream.destroySoon = stream.destroy;
  // Destroying stdout or stderr is observable ('close') but does not end it:
  // later writes still go out, as in node.
  stream._destroy = function(err, callback) {
    callback(err);
    this._undestroy();
  };
  if (stream._type === 'tty') {
    stream.isTTY = true;
    const size = tty.getWindowSize(fd);
    if (size) {
      stream.columns = size[0];
      stream.rows = size[1];
    }
    Object.assign(stream, ttyMethods);
  } else {
    // Colour questions still get an answer: no colours off a terminal.
    stream.hasColors = ttyMethods.hasColors;
    stream.getColorDepth = ttyMethods.getColorDepth;
  }
  return stream;
}

module.exports = { install };
