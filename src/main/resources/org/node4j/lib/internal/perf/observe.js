// The performance timeline: the mark/measure/resource buffers, and
// PerformanceObserver, which receives entries asynchronously in batches.
'use strict';

const {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { validateFunction, validateObject, validateString, validateArray } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const { kSkipThrow } = require('internal/perf/performance_entry');

const supportedEntryTypes = Object.freeze(
  ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource']);

// Entry types the Performance object keeps (others only go to observers).
const markEntries = [];
const measureEntries = [];
const resourceEntries = [];
const resourceSecondary = [];
let resourceLimit = 250;
let bufferFullPending = false;
let warnedMarks = false;

const observers = new Set();
const pending = new Set();
let dispatchScheduled = false;

const kBuffer = Symbol('kBuffer');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');

function sortByStart(entries) {
  return entries.sort((a, b) => a.startTime - b.startTime);
}

function filterEntries(entries, name, type) {
  return entries.filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type));
}

class PerformanceObserverEntryList {
  constructor(skip, entries) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = sortByStart(entries);
  }

  getEntries() {
    checkList(this);
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    checkList(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this[kBuffer], undefined, `${type}`);
  }

  getEntriesByName(name, type) {
    checkList(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this[kBuffer], `${name}`, type === undefined ? undefined : `${type}`);
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], opts)}`;
  }
}
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceObserverEntryList', configurable: true,
});

function checkList(list) {
  if (list == null || typeof list !== 'object' || !(kBuffer in list)) {
    throw new ERR_INVALID_THIS('PerformanceObserverEntryList');
  }
}

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #mode = undefined; // 'single' (type) or 'multiple' (entryTypes)
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    const mode = entryTypes !== undefined ? 'multiple' : 'single';
    if (this.#mode !== undefined && this.#mode !== mode) {
      if (mode === 'multiple') {
        throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                        'options.entryTypes can not be set after options.type');
      }
      throw new ERR_INVALID_ARG_VALUE('options.type', type, 'options.type can not be set after options.entryTypes');
    }
    this.#mode = mode;
    if (mode === 'multiple') {
      validateArray(entryTypes, 'options.entryTypes');
      this.#entryTypes.clear();
      for (const t of entryTypes) {
        if (supportedEntryTypes.includes(t)) this.#entryTypes.add(t);
      }
    } else {
      validateString(type, 'options.type');
      if (!supportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        const entries = filterEntries(bufferedEntries(), undefined, type);
        if (entries.length > 0) {
          this.#buffer.push(...entries);
          schedule(this);
        }
      }
    }
    if (this.#entryTypes.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#mode = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    schedule(this);
  }

  [kDispatch]() {
    const records = this.takeRecords();
    if (records.length === 0) return;
    const list = new PerformanceObserverEntryList(kSkipThrow, records);
    this.#callback.call(this, list, this);
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: [...this.#entryTypes],
      buffer: this.#buffer,
    }, opts)}`;
  }
}
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceObserver', configurable: true,
});

// Observers get their batch in an immediate, as in Node: entries made in the
// same turn arrive together.
function schedule(observer) {
  pending.add(observer);
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    const batch = [...pending];
    pending.clear();
    for (const o of batch) o[kDispatch]();
  });
}

// Hand a new entry to every observer watching its type.
function enqueue(entry) {
  for (const o of observers) o[kMaybeBuffer](entry);
}

function bufferUserTiming(entry) {
  const buffer = entry.entryType === 'mark' ? markEntries : measureEntries;
  buffer.push(entry);
  if (!warnedMarks && buffer.length > 1e6) {
    warnedMarks = true;
    process.emitWarning('Possible perf_hooks memory leak detected. ' +
      `${buffer.length} ${entry.entryType} entries added to the global performance entry buffer. ` +
      `Use performance.clear${entry.entryType === 'mark' ? 'Marks' : 'Measures'} to clear the buffer.`);
  }
}

// Resource timing entries beyond the limit wait in a secondary buffer until
// 'resourcetimingbufferfull' listeners (called in an immediate, as in Node)
// have had the chance to make room; what still does not fit is dropped.
function bufferResourceTiming(entry) {
  if (resourceEntries.length < resourceLimit && !bufferFullPending) {
    resourceEntries.push(entry);
    return;
  }
  resourceSecondary.push(entry);
  if (bufferFullPending) return;
  bufferFullPending = true;
  setImmediate(() => {
    const { performance } = require('internal/perf/performance');
    const { Event } = require('internal/event_target');
    while (resourceSecondary.length > 0) {
      if (resourceEntries.length >= resourceLimit) {
        performance.dispatchEvent(new Event('resourcetimingbufferfull'));
      }
      const before = resourceSecondary.length;
      while (resourceSecondary.length > 0 && resourceEntries.length < resourceLimit) {
        resourceEntries.push(resourceSecondary.shift());
      }
      if (resourceSecondary.length === before) resourceSecondary.length = 0;
    }
    bufferFullPending = false;
  });
}

function setResourceTimingBufferSize(maxSize) {
  resourceLimit = maxSize;
}

function clearEntries(buffer, name) {
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  const kept = buffer.filter((e) => e.name !== name);
  buffer.length = 0;
  buffer.push(...kept);
}

function bufferedEntries() {
  return [...markEntries, ...measureEntries, ...resourceEntries];
}

function getEntries(name, type) {
  let source;
  if (type === 'mark') source = markEntries;
  else if (type === 'measure') source = measureEntries;
  else if (type === 'resource') source = resourceEntries;
  else if (type === undefined) source = bufferedEntries();
  else return [];
  return sortByStart(filterEntries(source, name, undefined));
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  bufferUserTiming,
  bufferResourceTiming,
  setResourceTimingBufferSize,
  clearMarks: (name) => clearEntries(markEntries, name),
  clearMeasures: (name) => clearEntries(measureEntries, name),
  clearResourceTimings: () => clearEntries(resourceEntries),
  getEntries,
  supportedEntryTypes,
};
