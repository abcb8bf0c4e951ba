// PerformanceEntry: the read-only record every timeline entry is, and the
// node-specific entries (function, gc, net...) that carry a detail.
'use strict';

const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } = require('internal/errors').codes;
const { inspect } = require('internal/util/inspect');

const kSkipThrow = Symbol('kSkipThrow');
const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');

function check(entry, className = 'PerformanceEntry') {
  if (entry == null || typeof entry !== 'object' || !(kName in entry)) throw new ERR_INVALID_THIS(className);
}

class PerformanceEntry {
  constructor(skip, name, type, start, duration) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
  }

  get name() { check(this); return this[kName]; }
  get entryType() { check(this); return this[kType]; }
  get startTime() { check(this); return this[kStart]; }
  get duration() { check(this); return this[kDuration]; }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    check(this);
    return { name: this[kName], entryType: this[kType], startTime: this[kStart], duration: this[kDuration] };
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceEntry', configurable: true,
});

// Entries Node creates for its own subsystems: a PerformanceEntry with a detail.
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() { check(this); return this[kDetail]; }
  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}

function createPerformanceNodeEntry(name, type, start, duration, detail) {
  const entry = new PerformanceNodeEntry(kSkipThrow, name, type, start, duration);
  entry[kDetail] = detail;
  return entry;
}

function isPerformanceEntry(value) {
  return value != null && typeof value === 'object' && kName in value;
}

module.exports = {
  PerformanceEntry, PerformanceNodeEntry, createPerformanceNodeEntry, isPerformanceEntry,
  kSkipThrow, kName, kType, kStart, kDuration, kDetail, check,
};
