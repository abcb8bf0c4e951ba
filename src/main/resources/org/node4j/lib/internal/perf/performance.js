// The performance global: an EventTarget with the timeline (marks, measures,
// resource timings), now()/timeOrigin on the loop's hr clock, nodeTiming,
// eventLoopUtilization and timerify.
'use strict';

const { ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS, ERR_INVALID_THIS } = require('internal/errors').codes;
const { EventTarget, defineEventHandler } = require('internal/event_target');
const { inspect } = require('internal/util/inspect');
const { now, timeOrigin } = require('internal/perf/utils');
const observe = require('internal/perf/observe');
const usertiming = require('internal/perf/usertiming');
const { kSkipThrow } = require('internal/perf/performance_entry');

const kPerformance = Symbol('kPerformance');

function check(self) {
  if (self == null || typeof self !== 'object' || self[kPerformance] !== true) throw new ERR_INVALID_THIS('Performance');
}

class Performance extends EventTarget {
  constructor(skip) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kPerformance] = true;
  }

  clearMarks(name = undefined) {
    check(this);
    if (name !== undefined) name = `${name}`;
    usertiming.clearMarkTimes(name);
    observe.clearMarks(name);
  }

  clearMeasures(name = undefined) {
    check(this);
    if (name !== undefined) name = `${name}`;
    observe.clearMeasures(name);
  }

  clearResourceTimings(name = undefined) {
    check(this);
    observe.clearResourceTimings(name);
  }

  getEntries() {
    check(this);
    return observe.getEntries();
  }

  getEntriesByName(name, type = undefined) {
    check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const entries = observe.getEntries(`${name}`, type === undefined ? undefined : `${type}`);
    return type === undefined ? entries : entries.filter((e) => e.entryType === `${type}`);
  }

  getEntriesByType(type) {
    check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return observe.getEntries(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return usertiming.mark(name, options);
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return usertiming.measure(name, startOrOptions, endMark);
  }

  now() {
    check(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    // WebIDL unsigned long: anything not a finite number is 0.
    const n = Number(typeof maxSize === 'symbol' ? NaN : maxSize);
    observe.setResourceTimingBufferSize(Number.isFinite(n) ? Math.trunc(n) >>> 0 : 0);
  }

  get timeOrigin() {
    check(this);
    return timeOrigin;
  }

  toJSON() {
    check(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin }, opts)}`;
  }
}

const methods = {
  eventLoopUtilization(util1, util2) {
    return require('internal/perf/event_loop_utilization').eventLoopUtilization(util1, util2);
  },
  nodeTiming: require('internal/perf/nodetiming').nodeTiming,
  markResourceTiming(...args) {
    return require('internal/perf/resource_timing').markResourceTiming(...args);
  },
  timerify(fn, options) {
    return require('internal/perf/timerify').timerify(fn, options);
  },
};
for (const name of Object.keys(Object.getOwnPropertyDescriptors(methods))) {
  const desc = Object.getOwnPropertyDescriptor(methods, name);
  desc.enumerable = false;
  Object.defineProperty(Performance.prototype, name, desc);
}
for (const name of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
                    'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin',
                    'toJSON']) {
  Object.defineProperty(Performance.prototype, name, { __proto__: null, enumerable: true });
}
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Performance', configurable: true,
});

module.exports = { performance: new Performance(kSkipThrow), Performance };
