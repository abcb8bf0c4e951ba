// monitorEventLoopDelay(): an interval timer (unref'd) records, in ns, how long
// each of its ticks really took; a blocked loop shows up as long ticks.
'use strict';

const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;
const { validateObject, validateInteger } = require('internal/validators');
const { Histogram, HistogramData, kSkipThrow, kData } = require('internal/histogram');

const kTimer = Symbol('kTimer');
const kResolution = Symbol('kResolution');

class IntervalHistogram extends Histogram {
  constructor(skip, resolution) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, new HistogramData(1n, BigInt(Number.MAX_SAFE_INTEGER)));
    this[kResolution] = resolution;
    this[kTimer] = undefined;
  }

  enable() {
    if (this[kTimer] !== undefined) return false;
    let last = process.hrtime.bigint();
    this[kTimer] = setInterval(() => {
      const time = process.hrtime.bigint();
      const delta = time - last;
      last = time;
      if (delta > 0n) this[kData].record(delta);
    }, this[kResolution]);
    this[kTimer].unref();
    return true;
  }

  disable() {
    if (this[kTimer] === undefined) return false;
    clearInterval(this[kTimer]);
    this[kTimer] = undefined;
    return true;
  }

  [Symbol.dispose]() {
    this.disable();
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kSkipThrow, resolution);
}

module.exports = { monitorEventLoopDelay, IntervalHistogram };
