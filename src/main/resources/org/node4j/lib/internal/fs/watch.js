// fs.watch and fs.promises.watch over internalBinding('fs_event_wrap')
// (FsEventBinding.java, inotify). A watcher's handle reports (status,
// eventType, filename) on the loop; this side turns that into 'change' events
// (or an async iterator's values), applies the filename encoding and the
// `ignore` patterns, and closes the handle on close() or an abort signal.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const pathModule = require('path');
const { Buffer } = require('buffer');
const { EventEmitter } = require('events');
const {
  validateBoolean, validateFunction, validateAbortSignal, validateInteger, validateOneOf, validateObject,
} = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');
const {
  uvException, AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FS_WATCH_QUEUE_OVERFLOW },
} = require('internal/errors');

let binding;
function fsEventBinding() {
  binding ??= internalBinding('fs_event_wrap');
  return binding;
}

// The handle object node's FSWatcher keeps as `_handle`: the Java handle
// stays private, onchange is what the binding calls.
class FSEvent {
  #handle;
  onchange = null;

  constructor() {
    this.#handle = fsEventBinding().create((status, eventType, filename) => {
      if (this.onchange !== null) this.onchange(status, eventType, filename);
    });
  }

  // 0 or a negative errno.
  start(path, persistent, recursive) {
    return this.#handle.start(path, persistent, recursive);
  }

  close() {
    this.#handle.close();
  }

  ref() {
    this.#handle.ref();
  }

  unref() {
    this.#handle.unref();
  }

  hasRef() {
    return this.#handle.hasRef();
  }

  get initialized() {
    return this.#handle.isActive();
  }
}

function validateEncoding(encoding) {
  if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// A filename as the caller asked for it: a string in `encoding`, or a Buffer.
function encodeFilename(filename, encoding) {
  if (typeof filename !== 'string') return filename;
  if (encoding === 'buffer') return Buffer.from(filename, 'utf8');
  if (encoding === 'utf8' || encoding === 'utf-8' || encoding == null) return filename;
  return Buffer.from(filename, 'utf8').toString(encoding);
}

function validateIgnoreItem(item, name) {
  if (typeof item !== 'string' && typeof item !== 'function' && !(item instanceof RegExp)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'function', 'RegExp'], item);
  }
}

// options.ignore as one predicate over filenames, or null. A glob without a
// slash also matches the last component of a nested name ('*.log' ignores
// 'sub/a.log').
function ignoreMatcher(ignore) {
  if (ignore == null) return null;
  const items = Array.isArray(ignore) ? ignore : [ignore];
  if (Array.isArray(ignore)) {
    items.forEach((item, i) => validateIgnoreItem(item, `options.ignore[${i}]`));
  } else {
    validateIgnoreItem(ignore, 'options.ignore');
  }
  const tests = items.map((item) => {
    if (typeof item === 'function') return item;
    if (item instanceof RegExp) {
      return (name) => {
        item.lastIndex = 0;
        return item.test(name);
      };
    }
    return (name) => pathModule.matchesGlob(name, item) ||
      (!item.includes('/') && pathModule.matchesGlob(pathModule.basename(name), item));
  });
  return (name) => tests.some((test) => test(name));
}

// "ENOENT: no such file or directory, watch '/nope'", with node's own
// property order (errno, syscall, code, path, filename).
function watchError(errno, path, filename) {
  const { message, code } = uvException({ errno, syscall: 'watch', path });
  const error = new Error(message);
  error.errno = errno;
  error.syscall = 'watch';
  error.code = code;
  error.path = path;
  error.filename = filename;
  return error;
}

class FSWatcher extends EventEmitter {
  #encoding = 'utf8';
  #started = false;

  constructor() {
    super();
    this._handle = new FSEvent();
    this._ignoreMatcher = null;
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) {
          this._handle.close();
          this._handle = null;
        }
        this.emit('error', watchError(status, filename, filename));
        return;
      }
      if (this._ignoreMatcher !== null && typeof filename === 'string' && this._ignoreMatcher(filename)) return;
      this.emit('change', eventType, encodeFilename(filename, this.#encoding));
    };
  }

  // Watch `filename`; a failure (ENOENT...) is thrown and the watcher is closed.
  start(filename, persistent, recursive, encoding) {
    if (this._handle === null || this.#started) return;
    const path = getValidatedPath(filename, 'filename');
    this.#encoding = encoding ?? 'utf8';
    const err = this._handle.start(path, Boolean(persistent), Boolean(recursive));
    if (err !== 0) {
      this._handle.close();
      this._handle = null;
      throw watchError(err, path, filename);
    }
    this.#started = true;
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  if (options == null) options = {};
  else if (typeof options === 'string') options = { encoding: options };
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'object'], options);
  const { persistent = true, recursive = false, encoding = 'utf8', signal, ignore } = options;
  validateEncoding(encoding);
  getValidatedPath(filename);
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  const matcher = ignoreMatcher(ignore);

  const watcher = new FSWatcher();
  watcher._ignoreMatcher = matcher;
  watcher.start(filename, persistent, recursive, encoding);
  // As in node, a bad listener is found only once the watcher runs (and it
  // stays running).
  if (listener !== undefined) validateFunction(listener, 'listener');
  if (listener) watcher.addListener('change', listener);
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: an async iterator of { eventType, filename }. Events
// that arrive while nobody waits are queued, up to maxQueue; beyond that
// they are dropped with a warning ('ignore') or end the iteration with
// ERR_FS_WATCH_QUEUE_OVERFLOW ('error').
async function* watchAsync(filename, options = {}) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true, recursive = false, encoding = 'utf8', signal, maxQueue = 2048, overflow = 'ignore', ignore,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  validateEncoding(encoding);
  validateAbortSignal(signal, 'options.signal');
  const matcher = ignoreMatcher(ignore);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const handle = new FSEvent();
  const queue = [];
  let waiter = null;
  let failed = null;

  const fail = (error) => {
    handle.close();
    if (waiter !== null) {
      const { reject } = waiter;
      waiter = null;
      reject(error);
    } else {
      failed = error;
    }
  };
  handle.onchange = (status, eventType, name) => {
    if (failed !== null) return;
    if (status < 0) {
      fail(watchError(status, name, name));
      return;
    }
    if (matcher !== null && typeof name === 'string' && matcher(name)) return;
    const event = { __proto__: null, eventType, filename: encodeFilename(name, encoding) };
    if (waiter !== null) {
      const { resolve } = waiter;
      waiter = null;
      resolve(event);
    } else if (queue.length < maxQueue) {
      queue.push(event);
    } else if (overflow === 'error') {
      queue.length = 0;
      fail(new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue));
    } else {
      process.emitWarning('fs.watch maxQueue exceeded');
    }
  };

  const err = handle.start(path, persistent, recursive);
  if (err !== 0) {
    handle.close();
    throw watchError(err, path, filename);
  }
  const onAbort = () => fail(new AbortError(undefined, { cause: signal.reason }));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (failed !== null) throw failed;
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      yield await new Promise((resolve, reject) => {
        waiter = { resolve, reject };
      });
    }
  } finally {
    handle.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

module.exports = { FSWatcher, watch, watchAsync };
