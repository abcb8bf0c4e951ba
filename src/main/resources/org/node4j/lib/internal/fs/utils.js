// What every fs API shares: argument validation with Node's errors, open
// flags and modes, the binding call (sync or on the pool) that turns a failure
// into Node's system error, and the Stats and Dirent classes.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
  },
  uvException,
} = require('internal/errors');
const { validateFunction, validateInt32, validateInteger } = require('internal/validators');

const binding = internalBinding('fs');

const constants = Object.freeze({
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000, S_IFBLK: 0o60000,
  S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000,
  O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000, O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

// Node's string flags.
const stringFlags = {
  __proto__: null,
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = stringFlags[flags];
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

const modeDesc = 'must be a 32-bit unsigned integer or an octal string';
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = Number.parseInt(value, 8);
  }
  validateInteger(value, name, 0, 2 ** 32 - 1);
  return value;
}

let lazyUrl;
function fileURLToPath(url) {
  lazyUrl ??= require('internal/url');
  return lazyUrl.fileURLToPath(url);
}

// A path argument as a string: strings, Buffers/Uint8Arrays (UTF-8) and file: URLs.
function getValidatedPath(path, name = 'path') {
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol !== undefined) {
    path = fileURLToPath(path);
  } else if (path instanceof Uint8Array) {
    path = require('buffer').Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
  } else if (typeof path !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function isFailure(result) {
  return typeof result === 'object' && result !== null && typeof result.errno === 'number';
}

// The system error for a failed call; path/dest are what the user passed.
function failure(result, syscall, path, dest) {
  if (result.errno === 0 && result.syscall === 'ERR_FS_FILE_TOO_LARGE') {
    const { ERR_FS_FILE_TOO_LARGE } = require('internal/errors').codes;
    return new ERR_FS_FILE_TOO_LARGE(Number(result.path));
  }
  return uvException({
    errno: result.errno,
    syscall: result.syscall ?? syscall,
    path: result.path ?? path,
    dest,
  });
}

// Run binding operation `op` now; its failure is thrown as Node's error.
// A stack overflow inside the binding's Java code reaches JS as the host's
// StackOverflowError; the program sees V8's RangeError, as it would in node.
function hostStackOverflow(err) {
  return err !== null && typeof err === 'object' && err.name === 'java.lang.StackOverflowError';
}

function callSync(op, args, syscall = op, path, dest) {
  let result;
  try {
    result = binding.call(op, args);
  } catch (err) {
    if (hostStackOverflow(err)) throw new RangeError('Maximum call stack size exceeded');
    throw err;
  }
  if (isFailure(result)) throw failure(result, syscall, path, dest);
  return result;
}

// Run `op` on the fs pool; callback(err, result) from the poll phase.
// A callback request in flight (libuv's uv_fs_t, node's FSReqCallback):
// process._getActiveRequests() lists them.
class FSReqCallback {
  constructor(syscall) {
    this.syscall = syscall;
  }
}
const activeRequests = new Set();

function callAsync(op, args, callback, map, syscall = op, path, dest) {
  const req = new FSReqCallback(syscall);
  activeRequests.add(req);
  binding.callAsync(op, args, (result) => {
    activeRequests.delete(req);
    if (isFailure(result)) {
      callback(failure(result, syscall, path, dest));
      return;
    }
    let value;
    try {
      value = map === undefined ? result : map(result);
    } catch (err) {
      callback(err);
      return;
    }
    // As node's FSReqCallback: an operation with no result calls back with (null) alone.
    if (value === undefined) callback(null);
    else callback(null, value);
  });
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// The bytes a binding returned (a Java ByteBuffer) as a Buffer over them.
function bytesToBuffer(bytes) {
  const { Buffer } = require('buffer');
  return Buffer.from(new ArrayBuffer(bytes));
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// Seconds (fractional) as the [seconds, nanoseconds] pair utimensat wants.
function toTimespec(seconds) {
  const sec = Math.floor(seconds);
  return [sec, Math.round((seconds - sec) * 1e9)];
}

const kNsPerMs = 1e6;

class StatsBase {
  isDirectory() { return (this.mode & constants.S_IFMT) === constants.S_IFDIR; }
  isFile() { return (this.mode & constants.S_IFMT) === constants.S_IFREG; }
  isBlockDevice() { return (this.mode & constants.S_IFMT) === constants.S_IFBLK; }
  isCharacterDevice() { return (this.mode & constants.S_IFMT) === constants.S_IFCHR; }
  isSymbolicLink() { return (this.mode & constants.S_IFMT) === constants.S_IFLNK; }
  isFIFO() { return (this.mode & constants.S_IFMT) === constants.S_IFIFO; }
  isSocket() { return (this.mode & constants.S_IFMT) === constants.S_IFSOCK; }
}

// atime, mtime, ctime, birthtime: like node 24, Dates made on first read from
// the *Ms fields and then kept as the object's own property (assignable).
for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
  const own = (stats, value) => Object.defineProperty(stats, name, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
  Object.defineProperty(StatsBase.prototype, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const date = new Date(Number(this[`${name}Ms`]));
      own(this, date);
      return date;
    },
    set(value) {
      own(this, value);
    },
  });
}

// The fields Stats and BigIntStats share, in Node's order.
function assignIds(stats, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  stats.dev = dev;
  stats.mode = mode;
  stats.nlink = nlink;
  stats.uid = uid;
  stats.gid = gid;
  stats.rdev = rdev;
  stats.blksize = blksize;
  stats.ino = ino;
  stats.size = size;
  stats.blocks = blocks;
}

// Stats made by fs itself are quiet; user code calling the constructor is warned (DEP0180).
let creatingStats = false;
let warnedStatsConstructor = false;
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  if (!creatingStats && !warnedStatsConstructor) {
    warnedStatsConstructor = true;
    process.emitWarning('fs.Stats constructor is deprecated.', 'DeprecationWarning', 'DEP0180');
  }
  assignIds(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  assignIds(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
for (const name of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink',
  'isFIFO', 'isSocket']) {
  BigIntStats.prototype[name] = function(...args) {
    const mode = Number(this.mode);
    return StatsBase.prototype[name].call({ mode }, ...args);
  };
}

// The binding's stat array: dev, mode, nlink, uid, gid, rdev, blksize, ino,
// size, blocks, then seconds and nanoseconds of atime, mtime, ctime, birthtime.
function getStatsFromBinding(raw, bigint = false) {
  const v = new Array(18);
  for (let i = 0; i < 18; i++) v[i] = raw[i];
  if (bigint) {
    const ns = (i) => BigInt(v[i]) * 1000000000n + BigInt(v[i + 1]);
    return new BigIntStats(BigInt(v[0]), BigInt(v[1]), BigInt(v[2]), BigInt(v[3]), BigInt(v[4]),
      BigInt(v[5]), BigInt(v[6]), BigInt(v[7]), BigInt(v[8]), BigInt(v[9]),
      ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => v[i] * 1000 + v[i + 1] / kNsPerMs;
  creatingStats = true;
  try {
    return new Stats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
      ms(10), ms(12), ms(14), ms(16));
  } finally {
    creatingStats = false;
  }
}

const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  get path() {
    return this.parentPath;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// DT_* from readdir (Linux numbers) to UV_DIRENT_*.
function direntType(dt) {
  switch (dt) {
    case 8: return constants.UV_DIRENT_FILE;
    case 4: return constants.UV_DIRENT_DIR;
    case 10: return constants.UV_DIRENT_LINK;
    case 1: return constants.UV_DIRENT_FIFO;
    case 12: return constants.UV_DIRENT_SOCKET;
    case 2: return constants.UV_DIRENT_CHAR;
    case 6: return constants.UV_DIRENT_BLOCK;
    default: return constants.UV_DIRENT_UNKNOWN;
  }
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  const merged = { ...defaults, ...options };
  if (merged.encoding !== undefined && merged.encoding !== null && merged.encoding !== 'buffer' &&
      !require('buffer').Buffer.isEncoding(merged.encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', merged.encoding, 'is invalid encoding');
  }
  return merged;
}

// A read or write position: -1 (the current offset) up to 2^63-1, as a number or
// a bigint; a bigint leaves room for the length that follows it. Positions past
// 2^53 stay bigints so they reach the binding exactly.
function validatePosition(position, name = 'position', length = 0) {
  if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= max)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
    }
    return position <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(position) : position;
  }
  if (typeof position !== 'number') throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  validateInteger(position, name, -1);
  return position;
}

module.exports = {
  activeRequests,
  binding, constants, stringToFlags, parseFileMode, getValidatedPath, getValidatedFd, isFailure,
  failure, callSync, callAsync, makeCallback, bytesToBuffer, toUnixTimestamp, toTimespec, Stats,
  BigIntStats, getStatsFromBinding, Dirent, direntType, getOptions, validatePosition,
};
