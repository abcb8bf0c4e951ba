// node:fs/promises — the callback API's operations as promises, and
// FileHandle, an object owning one descriptor.
'use strict';

const fs = require('fs');
const { Buffer } = require('buffer');
const { EventEmitter } = require('events');
const { stringToFlags, parseFileMode, getValidatedPath } = require('internal/fs/utils');

function promisified(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kPending = Symbol('kPending');
const kDrained = Symbol('kDrained');
const kLocked = Symbol('kLocked');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
    this[kPending] = 0;
    this[kDrained] = null;
  }

  get fd() {
    return this[kFd];
  }

  // The fd for an operation; after close() the operation fails with EBADF
  // (its promise rejects: every method using this is async).
  #check(syscall) {
    if (this[kFd] === -1) {
      const { uvException } = require('internal/errors');
      throw uvException({ errno: -9, syscall });
    }
    return this[kFd];
  }

  async appendFile(data, options) {
    return promisified(fs.appendFile)(this.#check('write'), data, options);
  }

  async chmod(mode) {
    return promisified(fs.fchmod)(this.#check('fchmod'), mode);
  }

  async chown(uid, gid) {
    return promisified(fs.fchown)(this.#check('fchown'), uid, gid);
  }

  async datasync() {
    return promisified(fs.fdatasync)(this.#check('fdatasync'));
  }

  async sync() {
    return promisified(fs.fsync)(this.#check('fsync'));
  }

  async read(buffer, offset, length, position) {
    const fd = this.#check('read');
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
      const options = buffer ?? {};
      buffer = options.buffer ?? Buffer.alloc(16384);
      offset = options.offset ?? 0;
      length = options.length ?? buffer.byteLength - offset;
      position = options.position ?? null;
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    return new Promise((resolve, reject) => {
      fs.read(fd, buffer, offset ?? 0, length ?? buffer.byteLength - (offset ?? 0), position ?? null,
        (err, bytesRead) => (err ? reject(err) : resolve({ bytesRead, buffer })));
    });
  }

  async readv(buffers, position) {
    return new Promise((resolve, reject) => {
      fs.readv(this.#check('read'), buffers, position, (err, bytesRead) => (err ? reject(err) : resolve({ bytesRead, buffers })));
    });
  }

  async readFile(options) {
    return promisified(fs.readFile)(this.#check('read'), options);
  }

  // A readline Interface over a stream of this file: lines as they are read.
  readLines(options = undefined) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  async stat(options) {
    return promisified(fs.fstat)(this.#check('fstat'), options);
  }

  async truncate(len = 0) {
    return promisified(fs.ftruncate)(this.#check('ftruncate'), len);
  }

  async utimes(atime, mtime) {
    return promisified(fs.futimes)(this.#check('futime'), atime, mtime);
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = this.#check('write');
    return new Promise((resolve, reject) => {
      const done = (err, bytesWritten) => (err ? reject(err) : resolve({ bytesWritten, buffer }));
      if (typeof buffer === 'string') {
        fs.write(fd, buffer, offsetOrOptions ?? null, length ?? 'utf8', done);
      } else {
        fs.write(fd, buffer, offsetOrOptions ?? 0, length ?? buffer.byteLength - (offsetOrOptions ?? 0),
          position ?? null, done);
      }
    });
  }

  async writev(buffers, position) {
    return new Promise((resolve, reject) => {
      fs.writev(this.#check('write'), buffers, position, (err, bytesWritten) =>
        (err ? reject(err) : resolve({ bytesWritten, buffers })));
    });
  }

  async writeFile(data, options) {
    return promisified(fs.writeFile)(this.#check('write'), data, options);
  }

  // From now on the handle refuses new operations (EBADF) and says 'close';
  // the descriptor itself is closed once the operations in flight are done.
  close() {
    if (this[kClosePromise] !== null) return this[kClosePromise];
    const fd = this[kFd];
    if (fd === -1) return Promise.resolve();
    this[kFd] = -1;
    const closeFd = () => new Promise((resolve, reject) => {
      fs.close(fd, (err) => (err ? reject(err) : resolve()));
    });
    const drained = this[kPending] === 0 ? Promise.resolve() :
      new Promise((resolve) => { this[kDrained] = resolve; });
    this[kClosePromise] = drained.then(closeFd).catch((err) => {
      this[kClosePromise] = null;
      throw err;
    });
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }

  // A byte ReadableStream over the file from its current position. The handle
  // stays locked to it; closing the handle closes the stream, and with
  // autoClose the stream's end or cancel closes the handle.
  readableWebStream(options = undefined) {
    const { ERR_INVALID_STATE } = require('internal/errors').codes;
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise] !== null) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    if (options?.type !== undefined && `${options.type}` !== 'bytes') {
      process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented steam is always created.',
                          'ExperimentalWarning');
    }
    const { ReadableStream } = require('internal/webstreams/readablestream');
    let done = false;
    let controller;
    const onClose = () => {
      if (done) return;
      done = true;
      controller.close();
      controller.byobRequest?.respond(0);
    };
    this.once('close', onClose);
    const autoClose = !!options?.autoClose;
    const finish = () => {
      done = true;
      this.off('close', onClose);
      if (autoClose) this.close().catch(() => {});
    };
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      start: (c) => { controller = c; },
      pull: async (c) => {
        const view = c.byobRequest.view;
        const { bytesRead } = await this.read(view, view.byteOffset, view.byteLength);
        if (done) return;
        if (bytesRead === 0) {
          finish();
          c.close();
        }
        c.byobRequest.respond(bytesRead);
      },
      cancel: () => { finish(); },
    });
  }
}

// Each operation counts as in flight until it settles, so that close() waits for it.
for (const name of ['appendFile', 'chmod', 'chown', 'datasync', 'sync', 'read', 'readv', 'readFile', 'stat',
  'truncate', 'utimes', 'write', 'writev', 'writeFile']) {
  const operation = FileHandle.prototype[name];
  const counted = {
    async [name](...args) {
      this[kPending]++;
      try {
        return await Reflect.apply(operation, this, args);
      } finally {
        if (--this[kPending] === 0 && this[kDrained] !== null) {
          const drained = this[kDrained];
          this[kDrained] = null;
          drained();
        }
      }
    },
  }[name];
  Object.defineProperty(FileHandle.prototype, name, {
    __proto__: null, value: counted, writable: true, configurable: true, enumerable: false,
  });
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags ?? 'r');
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await promisified(fs.open)(path, flagsNumber, mode);
  return new FileHandle(fd);
}

// Functions taking a path may take a FileHandle instead where node allows it.
function withHandle(fn) {
  return (target, ...args) => promisified(fn)(target instanceof FileHandle ? target.fd : target, ...args);
}

const exportsObject = {
  access: promisified(fs.access),
  appendFile: withHandle(fs.appendFile),
  chmod: promisified(fs.chmod),
  chown: promisified(fs.chown),
  copyFile: promisified(fs.copyFile),
  cp: require('internal/fs/cp').cpPromise,
  lchown: promisified(fs.lchown),
  link: promisified(fs.link),
  lstat: promisified(fs.lstat),
  lutimes: promisified(fs.lutimes),
  mkdir: promisified(fs.mkdir),
  mkdtemp: promisified(fs.mkdtemp),
  open,
  opendir: promisified(fs.opendir),
  glob: require('internal/fs/glob').globAsync,
  readdir: promisified(fs.readdir),
  readFile: withHandle(fs.readFile),
  readlink: promisified(fs.readlink),
  realpath: promisified(fs.realpath),
  rename: promisified(fs.rename),
  rm: promisified(fs.rm),
  rmdir: promisified(fs.rmdir),
  stat: promisified(fs.stat),
  statfs: promisified(fs.statfs),
  symlink: promisified(fs.symlink),
  truncate: promisified(fs.truncate),
  unlink: promisified(fs.unlink),
  utimes: promisified(fs.utimes),
  watch: require('internal/fs/watch').watchAsync,
  writeFile: withHandle(fs.writeFile),
  constants: fs.constants,
};

module.exports = { exports: exportsObject, FileHandle };
