// fs.watchFile/unwatchFile: a StatWatcher per file polls stat() on a timer
// and emits 'change' (curr, prev) when what libuv's fs poll compares differs:
// device, inode, mode, owner, size and the modification, change and birth
// times (not atime). A missing file reads as all-zero stats; going from one
// failure to the same failure again is not a change.
'use strict';

const pathModule = require('path');
const { EventEmitter } = require('events');
const { validateFunction, validateObject, validateBoolean } = require('internal/validators');
const { binding, isFailure, getStatsFromBinding, getValidatedPath } = require('internal/fs/utils');

const kCompared = [0, 1, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17];
const kZero = new Array(18).fill(0);

function sameStats(a, b) {
  return kCompared.every((i) => a[i] === b[i]);
}

class StatWatcher extends EventEmitter {
  #path;
  #bigint;
  #timer = null;
  #last = null; // the previous raw stat, or { errno } after a failure
  #polling = false;

  constructor(bigint) {
    super();
    this.#bigint = bigint;
  }

  // Starts polling `path` every `interval` ms; the first stat only records,
  // except that a missing file is reported at once (zeros for both).
  start(path, persistent, interval) {
    this.#path = path;
    this.#timer = setInterval(() => this.#poll(), interval);
    if (!persistent) this.#timer.unref();
    this.#poll();
  }

  #stats(raw) {
    return getStatsFromBinding(raw, this.#bigint);
  }

  #poll() {
    if (this.#polling) return;
    this.#polling = true;
    binding.callAsync('stat', [this.#path], (result) => {
      this.#polling = false;
      if (this.#timer === null) return;
      const previous = this.#last;
      if (isFailure(result)) {
        this.#last = { errno: result.errno };
        if (previous === null) {
          this.emit('change', this.#stats(kZero), this.#stats(kZero));
        } else if (previous.errno === undefined) {
          this.emit('change', this.#stats(kZero), this.#stats(previous));
        } else if (previous.errno !== result.errno) {
          this.emit('change', this.#stats(kZero), this.#stats(kZero));
        }
        return;
      }
      const raw = Array.from({ length: 18 }, (_, i) => result[i]);
      this.#last = raw;
      if (previous === null) return;
      if (previous.errno !== undefined) {
        this.emit('change', this.#stats(raw), this.#stats(kZero));
      } else if (!sameStats(raw, previous)) {
        this.emit('change', this.#stats(raw), this.#stats(previous));
      }
    });
  }

  stop() {
    if (this.#timer === null) return;
    clearInterval(this.#timer);
    this.#timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this.#timer?.ref();
    return this;
  }

  unref() {
    this.#timer?.unref();
    return this;
  }
}

const watchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  if (options == null) options = {};
  validateObject(options, 'options');
  const { bigint = false, persistent = true, interval = 5007 } = options;
  validateBoolean(persistent, 'options.persistent');
  validateFunction(listener, 'listener');
  let watcher = watchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(Boolean(bigint));
    watcher.start(filename, persistent, Number(interval));
    watchers.set(filename, watcher);
  }
  watcher.on('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const watcher = watchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    watchers.delete(filename);
  }
}

module.exports = { StatWatcher, watchFile, unwatchFile };
