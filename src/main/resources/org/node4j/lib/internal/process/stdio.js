// process.stdin / stdout / stderr, made on first use, each after what its fd is
// (libuv's guess): stdout and stderr are Writables writing synchronously
// (tty.WriteStream on a terminal); stdin is a tty.ReadStream on a terminal, a
// Socket on a pipe or socket, an fs.ReadStream on a file.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');

function install(process) {
  let stdin;
  let stdout;
  let stderr;
  Object.defineProperty(process, 'stdin', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stdin ??= createStdin(); },
  });
  process.openStdin = function openStdin() {
    process.stdin.resume();
    return process.stdin;
  };
  Object.defineProperty(process, 'stdout', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stdout ??= createWritableStdioStream(1); },
  });
  Object.defineProperty(process, 'stderr', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stderr ??= createWritableStdioStream(2); },
  });
}

// process.stdout / process.stderr: a Writable writing synchronously to fd 1 or
// 2 (node does so on Linux for files, pipes and terminals alike), which never
// closes its descriptor.
function createWritableStdioStream(fd) {
  let stream;
  if (internalBinding('tty_wrap').isTTY(fd)) {
    const { WriteStream } = require('tty');
    stream = new WriteStream(fd);
  } else {
    const SyncWriteStream = require('internal/fs/sync_write_stream');
    stream = new SyncWriteStream(fd, { autoClose: false });
    stream._type = 'fs';
    // Colour questions still get an answer: no colours off a terminal.
    const { streamColorMethods } = require('internal/tty');
    stream.hasColors = streamColorMethods.hasColors;
    stream.getColorDepth = streamColorMethods.getColorDepth;
  }
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  // Destroying stdout or stderr is observable ('close') but does not end it:
  // later writes still go out, as in node.
  stream._destroy = function(err, callback) {
    callback(err);
    this._undestroy();
  };
  return stream;
}

// process.stdin. Until read it is paused and does not keep the process alive;
// it does while flowing. Pausing it stops reading the fd, so the process can end.
function createStdin() {
  const fd = 0;
  let stream;
  switch (internalBinding('util').guessHandleType(fd)) {
    case 'TTY': {
      const { ReadStream } = require('tty');
      stream = new ReadStream(fd);
      break;
    }
    case 'FILE': {
      const { ReadStream } = require('internal/fs/streams');
      stream = new ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const { Socket } = require('internal/pipe_socket');
      stream = new Socket(internalBinding('pipe_wrap').open(fd), { readable: true, writable: false });
      break;
    }
    default: {
      // No usable fd 0 (closed, or something node cannot read): a stream already at its end.
      const Readable = require('internal/streams/readable');
      stream = new Readable({ read() {} });
      stream.push(null);
    }
  }
  stream.fd = fd;
  if (stream._handle) {
    // After this turn's ticks: the read-ahead the stream schedules when data
    // arrives (maybeReadMore) would otherwise start the handle again.
    stream.on('pause', () => setImmediate(stopReadingWhenPaused, stream));
  }
  return stream;
}

function stopReadingWhenPaused(stream) {
  if (!stream._handle || !stream._reading || stream.readableFlowing) return;
  stream._reading = false;
  stream._readableState.reading = false;
  stream._handle.readStop();
}

module.exports = { install };
