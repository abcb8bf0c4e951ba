// User timing: performance.mark() and performance.measure(), with the
// PerformanceMark and PerformanceMeasure entries they create.
'use strict';

const {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS, ERR_PERFORMANCE_INVALID_TIMESTAMP,
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
} = require('internal/errors').codes;
const { validateObject, validateNumber } = require('internal/validators');
const { structuredClone } = require('internal/structured_clone');
const {
  PerformanceEntry, kSkipThrow, kDetail, kName, check,
} = require('internal/perf/performance_entry');
const { now } = require('internal/perf/utils');
const { enqueue, bufferUserTiming } = require('internal/perf/observe');

// The latest startTime of every mark by name: what measure() resolves names to.
const markTimes = new Map();
const nodeTimingNames = new Set(
  ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

function cloneDetail(detail) {
  return detail == null ? null : structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = cloneDetail(options?.detail);
  }

  get detail() {
    check(this);
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceMark', configurable: true,
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(skip, name, start, duration, detail) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, name, 'measure', start, duration);
    this[kDetail] = detail;
  }

  get detail() {
    check(this);
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceMeasure', configurable: true,
});

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  markTimes.set(entry[kName], entry.startTime);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// A mark name or a timestamp, as measure() accepts it.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (nodeTimingNames.has(name)) {
    const { nodeTiming } = require('internal/perf/nodetiming');
    return nodeTiming[name];
  }
  const time = markTimes.get(name);
  if (time === undefined) {
    const { DOMException } = require('internal/per_context/domexception');
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}

function measure(name, startOrOptions, endMark) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  let options = {};
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    options = startOrOptions;
    const { start, end, duration, detail } = options;
    void detail;
    const given = start !== undefined || end !== undefined || duration !== undefined;
    if (given && endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (given && start === undefined && end === undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('One of options.start or options.end is required');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  let end;
  if (endMark !== undefined) end = markTime(endMark);
  else if (options.end !== undefined) end = markTime(options.end);
  else if (options.start !== undefined && options.duration !== undefined) {
    end = markTime(options.start) + markTime(options.duration);
  } else end = now();

  let start;
  if (options.start !== undefined) start = markTime(options.start);
  else if (options.duration !== undefined && options.end !== undefined) start = end - markTime(options.duration);
  else if (typeof startOrOptions === 'string') start = markTime(startOrOptions);
  else start = 0;

  const entry = new PerformanceMeasure(kSkipThrow, name, start, end - start, cloneDetail(options.detail));
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function clearMarkTimes(name) {
  if (name === undefined) markTimes.clear();
  else markTimes.delete(name);
}

module.exports = { PerformanceMark, PerformanceMeasure, mark, measure, clearMarkTimes };
