// Histograms (perf_hooks.createHistogram, monitorEventLoopDelay). Values are
// kept exactly, value -> count, which matches HdrHistogram's answers for the
// values it stores exactly; percentiles() walks them as HdrHistogram's
// percentile iterator does (one tick per half distance). A histogram cloned
// to a MessagePort shares its data with the original, as in Node.
'use strict';

const {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const { kClone } = require('internal/structured_clone');

const kSkipThrow = Symbol('kSkipThrow');
const kData = Symbol('kData');
const kRecordable = Symbol('kRecordable');
const MAX_INT64 = 9223372036854775807n;

class HistogramData {
  constructor(lowest, highest) {
    this.lowest = lowest;
    this.highest = highest;
    this.reset();
  }

  reset() {
    this.counts = new Map();
    this.count = 0;
    this.min = MAX_INT64;
    this.max = 0n;
    this.sum = 0;
    this.exceeds = 0;
    this.prevDelta = 0n;
  }

  record(value) {
    if (value > this.highest) {
      this.exceeds++;
      return;
    }
    this.counts.set(value, (this.counts.get(value) ?? 0n) + 1n);
    this.count++;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.sum += Number(value);
  }

  sorted() {
    return [...this.counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  mean() {
    return this.count === 0 ? NaN : this.sum / this.count;
  }

  stddev() {
    if (this.count === 0) return NaN;
    const mean = this.mean();
    let squares = 0;
    for (const [value, n] of this.counts) squares += (Number(value) - mean) ** 2 * Number(n);
    return Math.sqrt(squares / this.count);
  }

  percentile(p) {
    const wanted = Math.max(1, Math.floor((p / 100) * this.count + 0.5));
    let seen = 0;
    for (const [value, n] of this.sorted()) {
      seen += Number(n);
      if (seen >= wanted) return value;
    }
    return 0n;
  }

  percentiles() {
    const out = new Map();
    const values = this.sorted();
    let index = -1;
    let cumulative = 0;
    let value = 0n;
    let next = 0;
    const advance = () => {
      if (index + 1 >= values.length) return false;
      index++;
      value = values[index][0];
      cumulative += Number(values[index][1]);
      return true;
    };
    // Each step reports one percentile level; the walk ends with 100 at the last value.
    for (;;) {
      if (cumulative >= this.count) {
        out.set(100, value);
        return out;
      }
      if (index < 0) advance();
      do {
        if (100 * cumulative / this.count >= next) {
          out.set(next, value);
          next += 100 / (2 ** (Math.floor(Math.log2(100 / (100 - next))) + 1));
          break;
        }
      } while (advance());
    }
  }
}

function data(histogram) {
  if (histogram == null || typeof histogram !== 'object' || !(kData in histogram)) {
    throw new ERR_INVALID_THIS('Histogram');
  }
  return histogram[kData];
}

function toNumberMap(map) {
  const out = new Map();
  for (const [k, v] of map) out.set(k, Number(v));
  return out;
}

class Histogram {
  constructor(skip, histogramData) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kData] = histogramData;
  }

  get count() { return data(this).count; }
  get countBigInt() { return BigInt(data(this).count); }
  get min() { return Number(data(this).min); }
  get minBigInt() { return data(this).min; }
  get max() { return Number(data(this).max); }
  get maxBigInt() { return data(this).max; }
  get mean() { return data(this).mean(); }
  get exceeds() { return data(this).exceeds; }
  get exceedsBigInt() { return BigInt(data(this).exceeds); }
  get stddev() { return data(this).stddev(); }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return Number(data(this).percentile(percentile));
  }

  percentileBigInt(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return data(this).percentile(percentile);
  }

  get percentiles() { return toNumberMap(data(this).percentiles()); }
  get percentilesBigInt() { return data(this).percentiles(); }

  reset() { data(this).reset(); }

  [inspect.custom](depth, options) {
    if (depth < 0) return `[${this[kRecordable] ? 'RecordableHistogram' : this.constructor.name}]`;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles,
    }, opts)}`;
  }

  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kClone]() {
    return new Histogram(kSkipThrow, this[kData]);
  }
}

class RecordableHistogram extends Histogram {
  constructor(skip, histogramData) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, histogramData);
    this[kRecordable] = true;
  }

  record(val) {
    const d = data(this);
    if (typeof val === 'bigint') {
      if (val < 1n) throw new ERR_OUT_OF_RANGE('val', '>= 1', val);
      d.record(val);
      return;
    }
    validateInteger(val, 'val', 1);
    d.record(BigInt(val));
  }

  recordDelta() {
    const d = data(this);
    const time = process.hrtime.bigint();
    if (d.prevDelta > 0n) d.record(time - d.prevDelta > 0n ? time - d.prevDelta : 1n);
    d.prevDelta = time;
  }

  add(other) {
    if (!isRecordableHistogram(other)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    const d = data(this);
    const o = data(other);
    for (const [value, n] of o.counts) {
      for (let i = 0n; i < n; i++) d.record(value);
    }
    d.exceeds += o.exceeds;
  }

  [kClone]() {
    return new RecordableHistogram(kSkipThrow, this[kData]);
  }
}

function isRecordableHistogram(value) {
  return value != null && typeof value === 'object' && value[kRecordable] === true;
}

function isHistogram(value) {
  return value != null && typeof value === 'object' && kData in value;
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  else if (highest < 2n * BigInt(lowest)) throw new ERR_OUT_OF_RANGE('options.highest', `>= ${2n * BigInt(lowest)}`, highest);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kSkipThrow, new HistogramData(BigInt(lowest), BigInt(highest)));
}

module.exports = {
  Histogram, RecordableHistogram, HistogramData, createHistogram, isHistogram, isRecordableHistogram, kSkipThrow,
  kData,
};
