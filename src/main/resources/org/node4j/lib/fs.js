// node:fs — the synchronous and callback APIs. Every call goes through
// internalBinding('fs') (FsBinding.java) by operation name: *Sync runs it now,
// the callback form runs it on the fs pool and calls back from the loop.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FS_EISDIR, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInteger, validateObject,
} = require('internal/validators');
const {
  constants, stringToFlags, parseFileMode, getValidatedPath, getValidatedFd, callSync, callAsync,
  makeCallback, bytesToBuffer, toUnixTimestamp, toTimespec, Stats, getStatsFromBinding, Dirent,
  direntType, getOptions, validatePosition, binding, isFailure, failure,
} = require('internal/fs/utils');
const pathModule = require('path');

const { F_OK, O_WRONLY, O_CREAT, O_TRUNC, O_APPEND } = constants;

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// Trailing optional arguments before a callback: (a, [b], [c], cb).
function encodeResult(value, encoding) {
  if (encoding === 'buffer') return Buffer.from(value);
  return value;
}

// --- open / close / read / write -------------------------------------------

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return callSync('open', [path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)], 'open', path);
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  }
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  callAsync('open', [path, flagsNumber, mode], maybeCallback(callback), undefined, 'open', path);
}

function closeSync(fd) {
  callSync('close', [getValidatedFd(fd)]);
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) maybeCallback(callback);
  callAsync('close', [fd], callback, () => undefined);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

// read(fd, buffer, offset, length, position) and its option forms -> [buffer, offset, length, position].
function readArgs(fd, buffer, offsetOrOptions, length, position) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object' && !ArrayBuffer.isView(offsetOrOptions)) {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  // As node: the length is taken as an int32; 0 reads nothing (even into an empty buffer).
  length |= 0;
  if (length === 0) return [offset, 0, -1];
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset > buffer.byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${buffer.byteLength}`, offset);
  if (length > buffer.byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  if (position == null) position = -1;
  else position = validatePosition(position, 'position', length);
  return [offset, length, position];
}

function copyInto(buffer, offset, bytes) {
  const view = new Uint8Array(new ArrayBuffer(bytes));
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(view, offset);
  return view.length;
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    // readSync(fd, buffer, options?): anything but an object (or nothing) is refused.
    if (offsetOrOptions != null && (typeof offsetOrOptions !== 'object' || Array.isArray(offsetOrOptions))) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', offsetOrOptions);
    }
    offsetOrOptions ??= {};
  }
  const [offset, len, pos] = readArgs(fd, buffer, offsetOrOptions, length, position);
  if (len === 0) return 0;
  return copyInto(buffer, offset, callSync('read', [fd, len, pos]));
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  const args = Array.prototype.slice.call(arguments, 1);
  callback = maybeCallback(args.pop());
  if (args.length === 0 || (args.length === 1 && !ArrayBuffer.isView(args[0]))) {
    // read(fd, [options], cb): a 16 KiB buffer unless the options name one.
    const options = args[0] ?? {};
    // Only a missing buffer gets the default: null is refused like any non-buffer.
    buffer = options.buffer === undefined ? Buffer.alloc(16384) : options.buffer;
    offsetOrOptions = { offset: options.offset, length: options.length, position: options.position };
  } else if (args.length <= 2) {
    offsetOrOptions = args[1] ?? {};
  }
  let offset;
  let len;
  let pos;
  try {
    [offset, len, pos] = readArgs(fd, buffer, offsetOrOptions, length, position);
  } catch (err) {
    throw err;
  }
  if (len === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  callAsync('read', [fd, len, pos], (err, bytes) => {
    if (err) return callback(err);
    callback(null, copyInto(buffer, offset, bytes), buffer);
  });
}

function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeArgs(buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  validateInteger(length, 'length', 0, 0x7fffffff);
  if (offset > buffer.byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${buffer.byteLength}`, offset);
  if (length > buffer.byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  position = position == null ? -1 : validatePosition(position);
  return [offset, length, position];
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let bytes;
  let offset;
  let len;
  let pos;
  if (typeof buffer === 'string') {
    // writeSync(fd, string, [position], [encoding])
    bytes = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
    offset = 0;
    len = bytes.length;
    pos = offsetOrOptions == null ? -1 : validatePosition(offsetOrOptions);
  } else {
    bytes = toBytes(buffer);
    [offset, len, pos] = writeArgs(bytes, offsetOrOptions, length, position);
  }
  return callSync('write', [fd, bytes.buffer, bytes.byteOffset + offset, len, pos]);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  const args = Array.prototype.slice.call(arguments, 1);
  callback = maybeCallback(args.pop());
  let bytes;
  let offset;
  let len;
  let pos;
  if (typeof buffer === 'string') {
    bytes = Buffer.from(buffer, typeof args[2] === 'string' ? args[2] : 'utf8');
    offset = 0;
    len = bytes.length;
    pos = args[1] == null ? -1 : validatePosition(args[1]);
  } else {
    bytes = toBytes(buffer);
    [offset, len, pos] = writeArgs(bytes, args[1], args[2], args[3]);
  }
  callAsync('write', [fd, bytes.buffer, bytes.byteOffset + offset, len, pos], (err, written) => {
    if (err) return callback(err);
    callback(null, written, buffer);
  });
}

// readv/writev take an array of ArrayBufferViews and nothing else.
function validateBufferArray(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let total = 0;
  let pos = position == null ? -1 : validatePosition(position);
  for (const buf of buffers) {
    const bytes = toBytes(buf);
    const n = writeAllSync(fd, bytes, pos);
    total += n;
    if (pos >= 0) pos += n;
  }
  return total;
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let total = 0;
  let pos = position == null ? -1 : validatePosition(position);
  for (const buf of buffers) {
    const n = readSync(fd, buf, 0, buf.byteLength, pos < 0 ? null : pos);
    total += n;
    if (pos >= 0) pos += n;
    if (n < buf.byteLength) break;
  }
  return total;
}

// writev/readv with a callback: the synchronous loop, answered on the next tick.
function vectorWithCallback(name, vectorSync) {
  const vectorIo = function(fd, buffers, position, callback) {
    if (typeof position === 'function') {
      callback = position;
      position = null;
    }
    maybeCallback(callback);
    fd = getValidatedFd(fd);
    validateBufferArray(buffers);
    let result;
    try {
      result = vectorSync(fd, buffers, position);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, result, buffers);
  };
  Object.defineProperty(vectorIo, 'name', { __proto__: null, value: name });
  return vectorIo;
}
const writev = vectorWithCallback('writev', writevSync);
const readv = vectorWithCallback('readv', readvSync);

function writeAllSync(fd, bytes, position) {
  let done = 0;
  while (done < bytes.byteLength) {
    const n = callSync('write', [fd, bytes.buffer, bytes.byteOffset + done, bytes.byteLength - done,
      position < 0 ? -1 : position + done]);
    done += n;
  }
  return done;
}

// --- whole files ----------------------------------------------------------

function isFd(path) {
  return typeof path === 'number';
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag);
  let bytes;
  if (isFd(path)) {
    bytes = callSync('readFile', [getValidatedFd(path), flags], 'read');
  } else {
    path = getValidatedPath(path);
    bytes = readFileBytes(path, flags);
  }
  const buffer = bytesToBuffer(bytes);
  return options.encoding ? buffer.toString(options.encoding) : buffer;
}

function readFileBytes(path, flags) {
  const result = binding.call('readFile', [path, flags]);
  if (isFailure(result)) {
    // Node reports a directory as EISDIR from read, others from open.
    throw failure(result, result.syscall === 'open' ? 'open' : 'read', result.syscall === 'read' ? undefined : path);
  }
  return result;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (options.signal?.aborted) {
    const { AbortError } = require('internal/errors');
    process.nextTick(callback, new AbortError(undefined, { cause: options.signal.reason }));
    return;
  }
  let target;
  if (isFd(path)) {
    target = getValidatedFd(path);
  } else {
    target = getValidatedPath(path);
  }
  binding.callAsync('readFile', [target, flags], (result) => {
    if (options.signal?.aborted) {
      const { AbortError } = require('internal/errors');
      return callback(new AbortError(undefined, { cause: options.signal.reason }));
    }
    if (isFailure(result)) {
      const syscall = result.syscall === 'open' ? 'open' : 'read';
      return callback(failure(result, syscall, syscall === 'open' ? target : undefined));
    }
    const buffer = bytesToBuffer(result);
    let value = buffer;
    try {
      if (options.encoding) value = buffer.toString(options.encoding);
    } catch (err) {
      return callback(err);
    }
    callback(null, value);
  });
}

function dataToBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataToBytes(data, options.encoding);
  const flags = stringToFlags(options.flag);
  if (isFd(path)) {
    writeAllSync(getValidatedFd(path), bytes, -1);
    return;
  }
  path = getValidatedPath(path);
  const fd = callSync('open', [path, flags, parseFileMode(options.mode, 'mode', 0o666)], 'open', path);
  try {
    writeAllSync(fd, bytes, -1);
    if (options.flush) callSync('fsync', [fd]);
  } finally {
    callSync('close', [fd]);
  }
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataToBytes(data, options.encoding);
  const flags = stringToFlags(options.flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (isFd(path)) {
    writeAllAsync(getValidatedFd(path), bytes, 0, callback);
    return;
  }
  path = getValidatedPath(path);
  callAsync('open', [path, flags, mode], (err, fd) => {
    if (err) return callback(err);
    writeAllAsync(fd, bytes, 0, (writeErr) => {
      const finish = () => callAsync('close', [fd], (closeErr) => callback(writeErr || closeErr || null));
      if (!writeErr && options.flush) callAsync('fsync', [fd], finish);
      else finish();
    });
  }, undefined, 'open', path);
}

function writeAllAsync(fd, bytes, done, callback) {
  if (done >= bytes.byteLength) {
    callback(null);
    return;
  }
  callAsync('write', [fd, bytes.buffer, bytes.byteOffset + done, bytes.byteLength - done, -1], (err, n) => {
    if (err) return callback(err);
    writeAllAsync(fd, bytes, done + n, callback);
  });
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFileSync(path, data, { ...options, flag: options.flag || 'a' });
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFile(path, data, { ...options, flag: options.flag || 'a' }, callback);
}

// --- metadata ----------------------------------------------------------

function statOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false, throwIfNoEntry: true };
  validateObject(options, 'options');
  return { bigint: !!options.bigint, throwIfNoEntry: options.throwIfNoEntry !== false };
}

// stat/lstat now: throwIfNoEntry false turns ENOENT/ENOTDIR into undefined.
function statPathSync(op, path, options) {
  options = statOptions(options);
  path = getValidatedPath(path);
  const result = binding.call(op, [path]);
  if (isFailure(result)) {
    if (!options.throwIfNoEntry && (result.errno === -2 || result.errno === -20)) return undefined;
    throw failure(result, op, path);
  }
  return getStatsFromBinding(result, options.bigint);
}

function statSync(path, options) {
  return statPathSync('stat', path, options);
}

function lstatSync(path, options) {
  return statPathSync('lstat', path, options);
}

function fstatSync(fd, options) {
  options = statOptions(options);
  return getStatsFromBinding(callSync('fstat', [getValidatedFd(fd)]), options.bigint);
}

function statLike(op) {
  return function stat(target, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    callback = maybeCallback(callback);
    const { bigint } = statOptions(options);
    if (op === 'fstat') {
      target = getValidatedFd(target);
      callAsync(op, [target], callback, (raw) => getStatsFromBinding(raw, bigint));
    } else {
      target = getValidatedPath(target);
      callAsync(op, [target], callback, (raw) => getStatsFromBinding(raw, bigint), op, target);
    }
  };
}
const stat = statLike('stat');
const lstat = statLike('lstat');
const fstat = statLike('fstat');

// StatFs: the file system holding path.
class StatFs {
  constructor(values, bigint) {
    const v = bigint ? (i) => BigInt(values[i]) : (i) => values[i];
    this.type = v(0);
    this.bsize = v(1);
    this.frsize = v(2);
    this.blocks = v(3);
    this.bfree = v(4);
    this.bavail = v(5);
    this.files = v(6);
    this.ffree = v(7);
  }
}

function statfsSync(path, options) {
  path = getValidatedPath(path);
  return new StatFs(callSync('statfs', [path], 'statfs', path), !!options?.bigint);
}

function statfs(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  callAsync('statfs', [path], callback, (values) => new StatFs(values, !!options?.bigint), 'statfs', path);
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return !isFailure(binding.call('access', [path, F_OK]));
}

function exists(path, callback) {
  maybeCallback(callback);
  try {
    path = getValidatedPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.callAsync('access', [path, F_OK], (result) => callback(!isFailure(result)));
}
// util.promisify(fs.exists) resolves with the boolean (the callback has no error argument).
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
});

function accessSync(path, mode = F_OK) {
  path = getValidatedPath(path);
  callSync('access', [path, validateMode(mode)], 'access', path);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  callAsync('access', [path, validateMode(mode ?? F_OK)], maybeCallback(callback), () => undefined, 'access', path);
}

function validateMode(mode) {
  validateInteger(mode, 'mode', 0, 7);
  return mode;
}

// --- simple path operations --------------------------------------------

// The callback of an operation taking `arity` arguments (after the fd): the one
// after them, as node reads its parameters by position; a function given early
// (optional arguments left out) is the callback too. -> [arguments, callback]
function splitCallback(args, arity) {
  if (args.length <= arity && typeof args[args.length - 1] === 'function') {
    return [args.slice(0, -1), args[args.length - 1]];
  }
  return [args.slice(0, arity), args[arity]];
}

function pathOp(op, argsOf, arity = argsOf.length) {
  const sync = function(...args) {
    const { path, rest, dest } = argsOf(...args);
    callSync(op, [path, ...rest], op, path, dest);
    return undefined;
  };
  const async = function(...args) {
    // As node: the arguments are checked before the callback is.
    const [params, cb] = splitCallback(args, arity);
    const { path, rest, dest } = argsOf(...params);
    callAsync(op, [path, ...rest], maybeCallback(cb), () => undefined, op, path, dest);
  };
  return [sync, async];
}

const [unlinkSync, unlink] = pathOp('unlink', (path) => ({ path: getValidatedPath(path), rest: [] }));
const [chmodSync, chmod] = pathOp('chmod', (path, mode) => ({
  path: getValidatedPath(path), rest: [parseFileMode(mode, 'mode')],
}));
const [truncatePathSync, truncatePath] = pathOp('truncate', (path, len = 0) => {
  validateInteger(len, 'len');
  return { path: getValidatedPath(path), rest: [Math.max(0, len)] };
}, 2);
const [renameSync, rename] = pathOp('rename', (oldPath, newPath) => {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return { path: oldPath, rest: [newPath], dest: newPath };
});
const [linkSync, link] = pathOp('link', (existingPath, newPath) => {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return { path: existingPath, rest: [newPath], dest: newPath };
});
const [chownSync, chown] = pathOp('chown', (path, uid, gid) => ({
  path: getValidatedPath(path), rest: [validateId(uid, 'uid'), validateId(gid, 'gid')],
}));
const [lchownSync, lchown] = pathOp('lchown', (path, uid, gid) => ({
  path: getValidatedPath(path), rest: [validateId(uid, 'uid'), validateId(gid, 'gid')],
}));

function validateId(id, name) {
  validateInteger(id, name, -1, 4294967295);
  return id;
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  callSync('symlink', [target, path], 'symlink', target, path);
}

function symlink(target, path, type, callback) {
  callback = maybeCallback(typeof type === 'function' ? type : callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  callAsync('symlink', [target, path], callback, () => undefined, 'symlink', target, path);
}

function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  return truncatePathSync(path, len);
}

function truncate(path, len, callback) {
  if (isFd(path)) return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  return truncatePath(path, len === undefined ? 0 : len, callback);
}

function fdOp(op, argsOf = () => [], arity = argsOf.length) {
  const sync = function(fd, ...args) {
    callSync(op, [getValidatedFd(fd), ...argsOf(...args)]);
  };
  const async = function(fd, ...args) {
    const [params, cb] = splitCallback(args, arity);
    const opArgs = [getValidatedFd(fd), ...argsOf(...params)];
    callAsync(op, opArgs, maybeCallback(cb), () => undefined);
  };
  return [sync, async];
}

const [fsyncSync, fsync] = fdOp('fsync');
const [fdatasyncSync, fdatasync] = fdOp('fdatasync');
const [fchmodSync, fchmod] = fdOp('fchmod', (mode) => [parseFileMode(mode, 'mode')]);
const [fchownSync, fchown] = fdOp('fchown', (uid, gid) => [validateId(uid, 'uid'), validateId(gid, 'gid')]);
const [ftruncateSync, ftruncate] = fdOp('ftruncate', (len = 0) => {
  validateInteger(len, 'len');
  return [Math.max(0, len)];
}, 1);

function timesArgs(atime, mtime) {
  const [as, ans] = toTimespec(toUnixTimestamp(atime, 'atime'));
  const [ms, mns] = toTimespec(toUnixTimestamp(mtime, 'mtime'));
  return [as, ans, ms, mns];
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  callSync('utimes', [path, ...timesArgs(atime, mtime)], 'utime', path);
}

function utimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  callAsync('utimes', [path, ...timesArgs(atime, mtime)], callback, () => undefined, 'utime', path);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  callSync('lutimes', [path, ...timesArgs(atime, mtime)], 'lutime', path);
}

function lutimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  callAsync('lutimes', [path, ...timesArgs(atime, mtime)], callback, () => undefined, 'lutime', path);
}

function futimesSync(fd, atime, mtime) {
  callSync('futimes', [getValidatedFd(fd), ...timesArgs(atime, mtime)], 'futime');
}

function futimes(fd, atime, mtime, callback) {
  callback = maybeCallback(callback);
  callAsync('futimes', [getValidatedFd(fd), ...timesArgs(atime, mtime)], callback, () => undefined, 'futime');
}

// --- directories ---------------------------------------------------------

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options != null) {
    validateObject(options, 'options');
    if (options.recursive !== undefined) {
      validateBoolean(options.recursive, 'options.recursive');
      recursive = options.recursive;
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode, recursive };
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  if (recursive) {
    // As given, not normalized: 'a/../b' makes a, then b, like node.
    const first = callSync('mkdirp', [path, mode], 'mkdir', path);
    return first ?? undefined;
  }
  callSync('mkdir', [path, mode], 'mkdir', path);
  return undefined;
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  if (recursive) {
    callAsync('mkdirp', [path, mode], callback, (first) => first ?? undefined, 'mkdir', path);
  } else {
    callAsync('mkdir', [path, mode], callback, () => undefined, 'mkdir', path);
  }
}

function readdirResult(path, raw, options) {
  const names = raw[0];
  const types = raw[1];
  const n = names.length;
  const encode = (name) => (options.encoding === 'buffer' ? Buffer.from(name) : name);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = options.withFileTypes ? new Dirent(encode(names[i]), direntType(types[i]), path) : encode(names[i]);
  }
  return out;
}

function readdirRecursiveSync(root, options) {
  const result = [];
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift();
    const raw = callSync('readdir', [dir], 'scandir', dir);
    const entries = readdirResult(dir, raw, { withFileTypes: true, encoding: 'utf8' });
    for (const entry of entries) {
      const full = pathModule.join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (!isDir && !entry.isFile() && !entry.isSymbolicLink()) {
        // Some file systems do not report types: ask lstat.
        isDir = (callSync('lstat', [full], 'lstat', full)[1] & constants.S_IFMT) === constants.S_IFDIR;
      }
      if (options.withFileTypes) result.push(entry);
      else result.push(pathModule.relative(root, full));
      if (isDir) queue.push(full);
    }
  }
  return result;
}

function readdirSync(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursiveSync(path, options);
  return readdirResult(path, callSync('readdir', [path], 'scandir', path), options);
}

function readdir(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  path = getValidatedPath(path);
  if (options.recursive) {
    let result;
    try {
      result = readdirRecursiveSync(path, options);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, result);
    return;
  }
  callAsync('readdir', [path], callback, (raw) => readdirResult(path, raw, options), 'scandir', path);
}

// rmdir(path, { recursive: true }) is rm -r for directories only (DEP0147,
// warned once): a file is ENOTDIR, as node reports it.
let warnedRecursiveRmdir = false;
function warnRecursiveRmdir() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

// The error for a recursive rmdir of something that is not a directory, or null.
function notADirectory(stat, path) {
  if (isFailure(stat) || (stat[1] & constants.S_IFMT) === constants.S_IFDIR) return null;
  return failure({ errno: -20 }, 'rmdir', path);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRecursiveRmdir();
    const err = notADirectory(binding.call('lstat', [path]), path);
    if (err) throw err;
    callSync('rmrf', [path], 'rmdir', path);
    return;
  }
  callSync('rmdir', [path], 'rmdir', path);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  if (!options?.recursive) {
    callAsync('rmdir', [path], callback, () => undefined, 'rmdir', path);
    return;
  }
  warnRecursiveRmdir();
  callAsync('lstat', [path], (lstatErr, stat) => {
    const err = lstatErr ? null : notADirectory(stat, path);
    if (err) return callback(err);
    callAsync('rmrf', [path], callback, () => undefined, 'rmdir', path);
  });
}

function rmOptions(options) {
  if (options === undefined) return { recursive: false, force: false };
  validateObject(options, 'options');
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  if (options.force !== undefined) validateBoolean(options.force, 'options.force');
  return { recursive: !!options.recursive, force: !!options.force };
}

// rm: lstat first; a directory needs recursive; force hides a missing path.
function rmSync(path, options) {
  path = getValidatedPath(path);
  const { recursive, force } = rmOptions(options);
  const st = binding.call('lstat', [path]);
  if (isFailure(st)) {
    if (force && st.errno === -2) return;
    throw failure(st, 'lstat', path);
  }
  if ((st[1] & constants.S_IFMT) === constants.S_IFDIR) {
    if (!recursive) {
      throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
    }
    callSync('rmrf', [path], 'rm', path);
    return;
  }
  callSync('unlink', [path], 'rm', path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const { recursive, force } = rmOptions(options);
  binding.callAsync('lstat', [path], (st) => {
    if (isFailure(st)) {
      if (force && st.errno === -2) return callback(null);
      return callback(failure(st, 'lstat', path));
    }
    if ((st[1] & constants.S_IFMT) === constants.S_IFDIR) {
      if (!recursive) {
        return callback(new ERR_FS_EISDIR({
          code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
        }));
      }
      return callAsync('rmrf', [path], callback, () => undefined, 'rm', path);
    }
    callAsync('unlink', [path], callback, () => undefined, 'rm', path);
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, { encoding: 'utf8' });
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeResult(callSync('mkdtemp', [prefix], 'mkdtemp', `${prefix}XXXXXX`), options.encoding);
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8' });
  prefix = getValidatedPath(prefix, 'prefix');
  callAsync('mkdtemp', [prefix], callback, (dir) => encodeResult(dir, options.encoding), 'mkdtemp',
    `${prefix}XXXXXX`);
}

// --- links and real paths --------------------------------------------------

function readlinkSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  return encodeResult(callSync('readlink', [path], 'readlink', path), options.encoding);
}

function readlink(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  callAsync('readlink', [path], callback, (target) => encodeResult(target, options.encoding), 'readlink', path);
}

function realpathSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  const result = binding.call('realpath', [pathModule.resolve(path)]);
  // Node's JS realpath walks with lstat: its errors say lstat.
  if (isFailure(result)) throw failure({ errno: result.errno }, 'lstat', path);
  return encodeResult(result, options.encoding);
}
realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  return encodeResult(callSync('realpath', [path], 'realpath', path), options.encoding);
};

function realpath(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  callAsync('realpath', [pathModule.resolve(path)], callback, (p) => encodeResult(p, options.encoding),
    'lstat', path);
}
realpath.native = function realpathNative(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  callAsync('realpath', [path], callback, (p) => encodeResult(p, options.encoding), 'realpath', path);
};

function copyFileSync(src, dest, mode = 0) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  validateInteger(mode, 'mode', 0, 7);
  callSync('copyfile', [src, dest, mode], 'copyfile', src, dest);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  callback = maybeCallback(callback);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  validateInteger(mode ?? 0, 'mode', 0, 7);
  callAsync('copyfile', [src, dest, mode ?? 0], callback, () => undefined, 'copyfile', src, dest);
}

let promises;

const { Dir, opendir, opendirSync } = require('internal/fs/dir');
const { glob, globSync } = require('internal/fs/glob');
const { cp, cpSync } = require('internal/fs/cp');
const { watchFile, unwatchFile } = require('internal/fs/stat_watcher');

// fs.watch loads its module (and the inotify binding) on first use.
function watch(filename, options, listener) {
  return require('internal/fs/watch').watch(filename, options, listener);
}

module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync, exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync,
  fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  lchown, lchownSync, link, linkSync, lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp,
  mkdtempSync, open, openSync, read, readSync, readv, readvSync, readdir, readdirSync, readFile,
  readFileSync, readlink, readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir,
  rmdirSync, stat, statSync, statfs, statfsSync, symlink, symlinkSync, truncate, truncateSync, unlink, unlinkSync, utimes,
  utimesSync, write, writeSync, writev, writevSync, writeFile, writeFileSync,
  opendir, opendirSync, glob, globSync, cp, cpSync, watch, watchFile, unwatchFile, Dir, Dirent, Stats,
  constants,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
  // Node keeps this internal helper on fs; some packages and tests use it.
  _toUnixTimestamp: toUnixTimestamp,
};

// The stream classes load on first use: most programs never touch them.
let streams;
function lazyStreams() {
  streams ??= require('internal/fs/streams');
  return streams;
}
module.exports.createReadStream = function createReadStream(path, options) {
  return lazyStreams().createReadStream(path, options);
};
module.exports.createWriteStream = function createWriteStream(path, options) {
  return lazyStreams().createWriteStream(path, options);
};
for (const [name, key] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  let replaced;
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return replaced ?? lazyStreams()[key]; },
    set(value) { replaced = value; },
  });
}

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    promises ??= require('internal/fs/promises').exports;
    return promises;
  },
});
