// The IPC channel between fork()'s parent and child: one socketpair end per
// side, messages as JSON, one per '\n'-terminated line (node's 'json'
// serialization). The same code serves the parent's ChildProcess and the
// child's process object: send(), connected, disconnect(), 'message',
// 'disconnect'. Messages whose cmd starts with NODE_ are node's own and go to
// 'internalMessage'.
'use strict';

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const {
  codes: {
    ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_HANDLE_TYPE,
  },
  errnoException,
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const UV_EOF = -4095;

// pipe: a PipeHandle. onclose runs once the channel's fd is closed.
function setupChannel(target, pipe, onclose) {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let closed = false;

  const channel = {
    fd: pipe.fd,
    ref() { pipe.ref(); },
    unref() { pipe.unref(); },
    hasRef() { return pipe.hasRef(); },
  };
  target.channel = channel;
  target._channel = channel;
  target.connected = true;

  function closeChannel() {
    if (closed) return;
    closed = true;
    target.connected = false;
    target.channel = null;
    target._channel = null;
    pipe.readStop();
    pipe.close(() => {
      process.nextTick(() => {
        target.emit('disconnect');
        if (onclose) onclose();
      });
    });
  }

  // Descriptors the peer sent, in order; each NODE_HANDLE message takes the next.
  const receivedFds = [];

  function deliver(line) {
    if (line.length === 0) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    if (message !== null && typeof message === 'object' && message.cmd === 'NODE_HANDLE') {
      receiveHandle(target, message, receivedFds.shift());
    } else if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
        message.cmd.startsWith('NODE_')) {
      target.emit('internalMessage', message);
    } else {
      target.emit('message', message);
    }
  }

  pipe.readStart((status, chunk, fds) => {
    if (fds) receivedFds.push(...Array.from(fds));
    if (status > 0) {
      pending += decoder.write(Buffer.from(new ArrayBuffer(chunk)));
      let newline;
      while (target.connected && (newline = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        deliver(line);
      }
    } else {
      if (status !== UV_EOF) target.emit('error', errnoException(status, 'read'));
      closeChannel();
    }
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (!target.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    const done = (status) => {
      if (typeof callback === 'function') callback(status < 0 ? errnoException(status, 'write') : null);
    };
    if (handle !== undefined && handle !== null) {
      const { type, fd, afterSend } = describeHandle(handle, options);
      const text = `${JSON.stringify({ cmd: 'NODE_HANDLE', type, msg: message })}\n`;
      const err = pipe.writeUtf8WithFd(text, fd, (status) => {
        if (status >= 0) afterSend();
        done(status);
      });
      if (err < 0) process.nextTick(done, err);
      return true;
    }
    const text = `${JSON.stringify(message)}\n`;
    pipe.writeUtf8(text, done);
    return true;
  };

  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    closeChannel();
  };

  return channel;
}

// What a handle to send is ('net.Socket', 'net.Server'), its fd, and what
// becomes of it once sent: a socket is the peer's now and its handle closes
// here (unless options.keepOpen); a server goes on listening here too.
function describeHandle(handle, options) {
  const net = require('net');
  const fd = handle?._handle?.fd;
  if (handle instanceof net.Socket && fd >= 0) {
    return {
      type: 'net.Socket', fd,
      afterSend() {
        // Detached, as node does: the handle closes under the socket object,
        // which emits nothing more.
        if (options?.keepOpen) return;
        const raw = handle._handle;
        handle._handle = null;
        raw?.close(() => {});
      },
    };
  }
  if (handle instanceof net.Server && fd >= 0) {
    return { type: 'net.Server', fd, afterSend() {} };
  }
  throw new ERR_INVALID_HANDLE_TYPE();
}

// A handle the peer sent: rebuilt around the received fd and handed to
// 'message' with the message it came with.
function receiveHandle(target, message, fd) {
  if (fd === undefined) return;
  const net = require('net');
  if (message.type === 'net.Server') {
    const server = new net.Server();
    server.listen({ fd }, () => target.emit('message', message.msg, server));
    return;
  }
  if (message.type === 'net.Socket') {
    const { internalBinding } = require('internal/bootstrap/realm');
    const { TCP } = require('internal/stream_handles');
    const javaHandle = internalBinding('tcp_wrap').adoptSocket(fd);
    if (typeof javaHandle === 'number') {
      require('fs').closeSync(fd);
      target.emit('error', errnoException(javaHandle, 'recvmsg'));
      return;
    }
    const socket = new net.Socket({ handle: new TCP(false, javaHandle), readable: true, writable: true });
    target.emit('message', message.msg, socket);
    return;
  }
  require('fs').closeSync(fd);
}

// In a child started by fork(): the channel on NODE_CHANNEL_FD. Like node, it
// keeps the child alive only while someone listens for 'message' or 'disconnect'.
function setupChildChannel() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  const { internalBinding } = require('internal/bootstrap/realm');
  const { Pipe } = require('internal/child_process');
  const pipe = new Pipe(internalBinding('pipe_wrap').open(fd));
  pipe.unref();
  setupChannel(process, pipe);
  const update = () => process.nextTick(() => {
    if (!process.channel) return;
    if (process.listenerCount('message') > 0 || process.listenerCount('disconnect') > 0) pipe.ref();
    else pipe.unref();
  });
  process.on('newListener', (event) => {
    if (event === 'message' || event === 'disconnect') update();
  });
  process.on('removeListener', (event) => {
    if (event === 'message' || event === 'disconnect') update();
  });
}

module.exports = { setupChannel, setupChildChannel };
