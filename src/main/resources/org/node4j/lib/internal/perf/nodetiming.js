// performance.nodeTiming: when this process reached Node's milestones, in ms
// since timeOrigin. nodeStart is when the loop's clock started (the runtime's
// creation); v8Start is when the JS library started loading.
'use strict';

const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;
const { inspect } = require('internal/util/inspect');
const { PerformanceEntry, kSkipThrow } = require('internal/perf/performance_entry');
const { binding, now, milestones } = require('internal/perf/utils');

class PerformanceNodeTiming {
  constructor(skip) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return milestones.v8Start; }
  get environment() { return milestones.environment; }
  get bootstrapComplete() { return milestones.bootstrapComplete; }
  get loopStart() { return binding.loopStart(); }
  get loopExit() { return milestones.loopExit; }
  get idleTime() { return binding.idleTime(); }
  get uvMetricsInfo() {
    return { loopCount: binding.loopCount(), events: binding.events(), eventsWaiting: 0 };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceNodeTiming ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration,
      nodeStart: this.nodeStart, v8Start: this.v8Start, bootstrapComplete: this.bootstrapComplete,
      environment: this.environment, loopStart: this.loopStart, loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
for (const name of ['name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'environment',
                    'bootstrapComplete', 'loopStart', 'loopExit', 'idleTime', 'uvMetricsInfo']) {
  Object.defineProperty(PerformanceNodeTiming.prototype, name, { __proto__: null, enumerable: true });
}

module.exports = { nodeTiming: new PerformanceNodeTiming(kSkipThrow) };
