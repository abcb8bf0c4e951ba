// The ChildProcess class behind child_process.spawn/exec/execFile/fork: a
// process handle from internalBinding('process_wrap') plus one stream per
// piped stdio entry. Events: 'spawn' (next tick after a successful start),
// 'exit'(code, signal) when the child ends, 'close'(code, signal) once it has
// ended and every readable stdio stream has closed; 'error' for a start that
// failed (ENOENT...), a failed kill, an abort.
'use strict';

const EventEmitter = require('events');
const { Pipe, Socket } = require('internal/pipe_socket');
const { Buffer } = require('buffer');
const { internalBinding } = require('internal/bootstrap/realm');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL, ERR_IPC_ONE_PIPE, ERR_INVALID_SYNC_FORK_INPUT,
  },
  errnoException,
} = require('internal/errors');
const { signals } = require('internal/process/signals');
const { validateArray, validateObject, validateString } = require('internal/validators');

const UV_EOF = -4095;
const UV_ENOENT = -2;
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;

let signalNames;
function signalName(number) {
  if (signalNames === undefined) {
    signalNames = { __proto__: null };
    for (const name of Object.keys(signals)) signalNames[signals[name]] ??= name;
  }
  return signalNames[number];
}

// A signal name (any case) or number -> its number; ERR_UNKNOWN_SIGNAL otherwise.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== undefined) return signal;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');

// options.stdio -> [{ type: 'pipe' | 'ipc' | 'ignore' | 'fd', fd }], at least three.
function getValidStdio(stdio) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'overlapped':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  let ipc = -1;
  const entries = stdio.map((entry, i) => {
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') return { type: 'ignore' };
    if (entry === 'pipe' || entry === 'overlapped') return { type: 'pipe', readable: i !== 0, writable: i === 0 || i > 2 };
    if (entry === 'ipc') {
      if (ipc !== -1) throw new ERR_IPC_ONE_PIPE();
      ipc = i;
      return { type: 'ipc' };
    }
    if (entry === 'inherit') return { type: 'fd', fd: i };
    if (typeof entry === 'number') return { type: 'fd', fd: entry };
    if (typeof entry === 'string' || ArrayBuffer.isView(entry)) {
      throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(entry));
    }
    if (typeof entry === 'object') {
      const fd = typeof entry.fd === 'number' ? entry.fd : entry._handle?.fd;
      if (typeof fd === 'number' && fd >= 0) return { type: 'fd', fd, stream: entry._handle ? entry : undefined };
    }
    throw new ERR_INVALID_ARG_VALUE('stdio', entry);
  });
  return { entries, ipc };
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = null;
  }

  // options: file, args (full argv), envPairs, cwd, detached, stdio.
  spawn(options) {
    validateObject(options, 'options');
    const { entries, ipc } = getValidStdio(options.stdio || 'pipe');
    let envPairs = options.envPairs;
    if (ipc !== -1) {
      if (envPairs === undefined) envPairs = [];
      else validateArray(envPairs, 'options.envPairs');
      envPairs = [...envPairs, `NODE_CHANNEL_FD=${ipc}`,
        `NODE_CHANNEL_SERIALIZATION_MODE=${options.serialization ?? 'json'}`];
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args !== undefined) validateArray(options.args, 'options.args');
    this.spawnargs = options.args ?? [];
    if (envPairs === undefined) envPairs = [];
    else validateArray(envPairs, 'options.envPairs');
    for (const entry of entries) {
      // A stream handed to the child: from now on the child reads it, not us.
      const stream = entry.stream;
      if (stream === undefined) continue;
      delete entry.stream;
      stream[kIsUsedAsStdio] = true;
      if (stream._handle) {
        stream._handle.readStop();
        stream._reading = false;
      }
      if (typeof stream.pause === 'function') stream.pause();
    }
    const handle = internalBinding('process_wrap').spawn({
      file: options.file,
      args: this.spawnargs.map((arg) => `${arg}`),
      envPairs: envPairs.map((pair) => `${pair}`),
      cwd: options.cwd || null,
      detached: !!options.detached,
      stdio: entries,
      onexit: (code, signal) => this.#onexit(code, signal),
    });
    const err = handle.errno;
    if (err === 0) {
      this._handle = handle;
      this.pid = handle.pid;
    }

    const stdio = entries.map((entry, i) => {
      if (entry.type !== 'pipe') return null;
      const pipe = err === 0 ? handle.pipes[i] : null;
      const stream = new Socket(pipe, entry);
      if (entry.readable) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
      }
      return stream;
    });
    if (ipc !== -1 && err === 0) {
      const { setupChannel } = require('internal/child_process/ipc');
      this._closesNeeded++;
      setupChannel(this, new Pipe(handle.pipes[ipc]), () => maybeClose(this));
    }
    this.stdio = stdio;
    this.stdin = stdio[0] ?? null;
    this.stdout = stdio[1] ?? null;
    this.stderr = stdio[2] ?? null;

    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
      process.nextTick(() => {
        for (const stream of stdio) stream?.destroy();
        this.#onexit(err, -1);
      });
      return err;
    } else if (err) {
      for (const stream of stdio) stream?.destroy();
      throw errnoException(err, 'spawn');
    }
    process.nextTick(() => this.emit('spawn'));
    return err;
  }

  #onexit(code, signalNumber) {
    if (signalNumber >= 0) this.signalCode = signalName(signalNumber) ?? signalNumber;
    else this.exitCode = code;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (code < 0 && signalNumber < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(code, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // already gone; 'exit' is on its way
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    this._handle?.ref();
  }

  unref() {
    this._handle?.unref();
  }
}

// After 'exit', drain streams nobody reads so that 'close' can follow.
function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream[kIsUsedAsStdio] || stream.readableFlowing !== null) continue;
    stream.resume();
  }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

module.exports = { ChildProcess, Pipe, Socket, convertToValidSignal, getValidStdio, signalName };
