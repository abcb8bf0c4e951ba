// node:child_process. The asynchronous half (spawn, exec, execFile, fork) runs
// on internalBinding('process_wrap') (posix_spawn, socketpairs, waitpid; see
// internal/child_process); the synchronous half (spawnSync, execSync,
// execFileSync) on internalBinding('spawn_sync') (posix_spawn, then poll).
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const { Buffer } = require('buffer');
const {
  ChildProcess, convertToValidSignal, getValidStdio, signalName,
} = require('internal/child_process');
const { signals } = require('internal/process/signals');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_CHILD_PROCESS_IPC_REQUIRED, ERR_IPC_SYNC_FORK,
  },
  AbortError,
  errnoException,
} = require('internal/errors');
const {
  validateString, validateObject, validateBoolean, validateFunction, validateAbortSignal, validateArray,
} = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });

// spawnSync: the child runs to its end on this thread (internalBinding
// 'spawn_sync'), its stdin fed from options.input, its piped outputs collected.
function spawnSync(file, args, options) {
  options = { __proto__: null, maxBuffer: 1024 * 1024, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = sanitizeKillSignal(options.killSignal) ?? signals.SIGTERM;
  const { entries, ipc } = getValidStdio(options.stdio ?? 'pipe');
  if (ipc !== -1) throw new ERR_IPC_SYNC_FORK();

  let input = options.input;
  if (input != null) {
    if (typeof input === 'string') {
      input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
    } else if (!ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
    input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength).slice().buffer;
  }

  const raw = internalBinding('spawn_sync').spawn({
    file: options.file,
    args: options.args,
    envPairs: options.envPairs,
    cwd: options.cwd ?? null,
    detached: options.detached,
    stdio: entries,
    input: entries[0].type === 'pipe' ? input ?? null : null,
    timeout: options.timeout || 0,
    maxBuffer: options.maxBuffer,
    killSignal,
  });
  if (raw.errno !== 0 && raw.pid === 0) {
    // Never started: no output at all, as node reports it.
    return {
      error: spawnSyncError(raw.errno, options), status: null, signal: null, output: null, pid: 0,
      stdout: undefined, stderr: undefined,
    };
  }
  const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
  const output = Array.from(raw.output, (bytes) => {
    if (bytes == null) return null;
    const buf = Buffer.from(new ArrayBuffer(bytes));
    return encoding ? buf.toString(encoding) : buf;
  });
  const result = {
    error: undefined,
    status: raw.status >= 0 ? raw.status : null,
    signal: raw.signal > 0 ? signalName(raw.signal) ?? null : null,
    output,
    pid: raw.pid,
    stdout: output[1] ?? null,
    stderr: output[2] ?? null,
  };
  if (raw.errno !== 0) result.error = spawnSyncError(raw.errno, options);
  else delete result.error;
  return result;
}

function spawnSyncError(errno, options) {
  const err = errnoException(errno, `spawnSync ${options.file}`);
  err.path = options.file;
  err.spawnargs = options.args.slice(1);
  return err;
}

function checkExecSyncError(result, args, command) {
  let err;
  if (result.error) {
    err = result.error;
    Object.assign(err, result);
  } else if (result.status !== 0) {
    let message = `Command failed: ${command ?? args.join(' ')}`;
    if (result.stderr && result.stderr.length > 0) message += `\n${result.stderr.toString()}`;
    err = new Error(message);
    Object.assign(err, result);
  }
  return err;
}

// execFileSync/execSync: without options.stdio the child's stderr is collected
// and also passed on to ours.
function execFileSync(file, args, options) {
  if (!Array.isArray(args) && args != null && typeof args === 'object') {
    options = args;
    args = [];
  }
  const inheritStderr = !options?.stdio;
  const result = spawnSync(file, args, options);
  if (inheritStderr && result.stderr) process.stderr.write(result.stderr);
  const err = checkExecSyncError(result, [file, ...(args ?? [])]);
  if (err) throw err;
  return result.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  options = options ?? {};
  const inheritStderr = !options.stdio;
  const result = spawnSync(command, [], { ...options, shell: options.shell || true });
  if (inheritStderr && result.stderr) process.stderr.write(result.stderr);
  const err = checkExecSyncError(result, undefined, command);
  if (err) throw err;
  return result.stdout;
}

// ---- the asynchronous half ----


function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return undefined;
}

function isInt32(value) {
  return value === (value | 0);
}

// A cwd may be a string, a Buffer or a file: URL.
function validatedCwd(cwd) {
  if (cwd instanceof URL || (cwd !== null && typeof cwd === 'object' && cwd.href !== undefined && cwd.protocol !== undefined)) {
    return require('internal/url').fileURLToPath(cwd);
  }
  if (Buffer.isBuffer(cwd)) cwd = cwd.toString();
  if (typeof cwd !== 'string') throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
  validateArgumentNullCheck(cwd, 'options.cwd');
  return cwd;
}

// spawn(file, args?, options?) -> what the binding needs: the resolved file,
// the full argv (argv0 first), "NAME=value" pairs and the checked options.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');
  if (options === undefined) options = kEmptyObject;
  else validateObject(options, 'options');
  // Only the caller's own options count: nothing inherited from a tampered
  // Object.prototype (cwd, uid, shell...).
  options = { __proto__: null, ...options };

  let cwd = options.cwd;
  if (cwd != null) cwd = validatedCwd(cwd);
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  const envPairs = [];
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }
  return { __proto__: null, ...options, args: args.map(String), cwd, detached: !!options.detached, envPairs, file };
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    if (signal.aborted) {
      process.nextTick(onAbortListener);
    } else {
      signal.addEventListener('abort', onAbortListener, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbortListener));
    }
    function onAbortListener() {
      abortChildProcess(child, killSignal, options.signal.reason);
    }
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  args ??= [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  options ??= kEmptyObject;
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    __proto__: null,
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: 1024 * 1024,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
    argv0: options.argv0,
  });

  let encoding;
  const _stdout = [];
  const _stderr = [];
  if (options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)) encoding = options.encoding;
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    // The caller may have set an encoding on the streams itself.
    const join = (parts, stream) => (encoding || stream?.readableEncoding ? parts.join('') : Buffer.concat(parts));
    const stdout = join(_stdout, child.stdout);
    const stderr = join(_stderr, child.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? require('internal/util/errno').errname(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, parts, name) {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const chunkEncoding = stream.readableEncoding;
      const length = chunkEncoding ? Buffer.byteLength(chunk, chunkEncoding) : chunk.length;
      const total = (name === 'stdout' ? (stdoutLen += length) : (stderrLen += length));
      if (total > options.maxBuffer) {
        const keep = options.maxBuffer - (total - length);
        parts.push(chunk.slice(0, keep));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        parts.push(chunk);
      }
    });
  }
  if (child.stdout) collect(child.stdout, _stdout, 'stdout');
  if (child.stderr) collect(child.stderr, _stderr, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

// util.promisify(exec/execFile): resolves { stdout, stderr }; the rejection
// carries them too. The promise has the child as .child.
function promisifyWithOutput(fn) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = fn(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
// Named after what they promisify, as node's are.
for (const fn of [exec, execFile]) {
  const promisified = promisifyWithOutput(fn);
  Object.defineProperty(promisified, 'name', { __proto__: null, value: fn.name });
  Object.defineProperty(fn, kCustomPromisify, { __proto__: null, enumerable: false, value: promisified });
}

// fork(modulePath, args?, options?): node4j running modulePath with an IPC
// channel on the 'ipc' stdio entry (NODE_CHANNEL_FD in the child's env).
function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string' && !(modulePath instanceof URL)) {
    throw new ERR_INVALID_ARG_TYPE('modulePath', ['string', 'URL'], modulePath);
  }
  modulePath = require('internal/url').toPathIfFileURL(modulePath);
  validateArgumentNullCheck(modulePath, 'modulePath');
  let execArgv;
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');
  execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) {
      execArgv = execArgv.slice(0);
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = options.silent ? stdioStringToArray('pipe', 'ipc') : stdioStringToArray('inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  const env = { ...(options.env || process.env) };
  options.env = env;
  options.serialization ??= 'json';
  if (options.serialization !== 'json' && options.serialization !== 'advanced') {
    throw new ERR_INVALID_ARG_VALUE('options.serialization', options.serialization, "must be one of: 'json', 'advanced'");
  }
  return spawn(options.execPath, args, options);
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

module.exports = {
  ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync,
};
