// The performance global: now() and timeOrigin on the loop's monotonic clock.
'use strict';

const binding = require('internal/bootstrap/realm').internalBinding('timers');
const timeOrigin = Date.now() - binding.hrtimeMillis();

class Performance {
  now() { return binding.hrtimeMillis(); }
  get timeOrigin() { return timeOrigin; }
  toJSON() { return { timeOrigin }; }
}

module.exports = { performance: new Performance(), Performance };
