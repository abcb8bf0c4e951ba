// fs.Dir (opendir): a directory read one entry at a time, in the order the
// kernel lists it (readdir sorts; a Dir does not). The entries of a directory
// are fetched in one call when it is first read; with `recursive`, the
// subdirectories found are queued and read after the current one, breadth first.
'use strict';

const pathModule = require('path');
const { Buffer } = require('buffer');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean } = require('internal/validators');
const {
  binding, isFailure, failure, callSync, callAsync, getValidatedPath, Dirent, direntType,
} = require('internal/fs/utils');

class Dir {
  #path;
  #options;
  #closed = false;
  #pendingAsync = 0;
  // Directories still to list (recursive), and entries listed not yet returned.
  #dirs;
  #entries = [];

  constructor(path, options, firstListing) {
    // Only fs.opendir makes a Dir; by hand it lacks what node calls its handle.
    if (path === undefined) {
      const { ERR_MISSING_ARGS } = require('internal/errors').codes;
      throw new ERR_MISSING_ARGS('handle');
    }
    this.#path = path;
    this.#options = options;
    this.#dirs = [];
    this.#accept(path, firstListing);
  }

  get path() {
    if (!(#path in this)) {
      const { ERR_INVALID_THIS } = require('internal/errors').codes;
      throw new ERR_INVALID_THIS('Dir');
    }
    return this.#path;
  }

  #accept(dir, raw) {
    const [names, types] = raw;
    for (let i = 0; i < names.length; i++) {
      const name = this.#options.encoding === 'buffer' ? Buffer.from(names[i]) : names[i];
      const dirent = new Dirent(name, direntType(types[i]), dir);
      this.#entries.push(dirent);
      if (this.#options.recursive && dirent.isDirectory()) this.#dirs.push(pathModule.join(dir, names[i]));
    }
  }

  #checkOpen() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
  }

  #checkNoAsync() {
    if (this.#pendingAsync > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
  }

  readSync() {
    this.#checkOpen();
    this.#checkNoAsync();
    while (this.#entries.length === 0 && this.#dirs.length > 0) {
      const dir = this.#dirs.shift();
      this.#accept(dir, callSync('readdir', [dir, true], 'scandir', dir));
    }
    return this.#entries.shift() ?? null;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this.#pendingAsync++;
    const done = (err, dirent) => {
      this.#pendingAsync--;
      callback(err, dirent);
    };
    if (this.#entries.length > 0 || this.#dirs.length === 0) {
      const dirent = this.#entries.shift() ?? null;
      process.nextTick(done, null, dirent);
      return;
    }
    const dir = this.#dirs.shift();
    callAsync('readdir', [dir, true], (err, raw) => {
      if (err) {
        done(err);
        return;
      }
      this.#accept(dir, raw);
      this.#pendingAsync--;
      this.read(callback);
    }, (raw) => raw, 'scandir', dir);
  }

  closeSync() {
    this.#checkOpen();
    this.#checkNoAsync();
    this.#closed = true;
    this.#entries = [];
    this.#dirs = [];
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this.#closed = true;
    this.#entries = [];
    this.#dirs = [];
    process.nextTick(callback, null);
  }

  // for await (const dirent of dir): closes the directory when the loop ends.
  async* entries() {
    try {
      for (;;) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) await this.close();
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }
}

function dirOptions(options) {
  if (options == null) options = {};
  if (typeof options === 'string') options = { encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { encoding = 'utf8', bufferSize = 32, recursive = false } = options;
  validateUint32(bufferSize, 'options.bufferSize', true);
  validateBoolean(recursive, 'options.recursive');
  return { encoding, bufferSize, recursive };
}

// Like node, a failed open names the call (opendir) but not the path.
function openFailure(result) {
  return failure({ errno: result.errno }, 'opendir');
}

function opendirSync(path, options) {
  options = dirOptions(options);
  path = getValidatedPath(path);
  const raw = binding.call('readdir', [path, true]);
  if (isFailure(raw)) throw openFailure(raw);
  return new Dir(path, options, raw);
}

function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  options = dirOptions(options);
  path = getValidatedPath(path);
  binding.callAsync('readdir', [path, true], (raw) => {
    if (isFailure(raw)) {
      callback(openFailure(raw));
      return;
    }
    callback(null, new Dir(path, options, raw));
  });
}

module.exports = { Dir, opendir, opendirSync };
