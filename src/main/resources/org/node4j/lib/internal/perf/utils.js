// The clock every performance API reads: ms since timeOrigin, on the loop's
// monotonic hr clock; and the milestones Node records along the way.
'use strict';

const binding = require('internal/bootstrap/realm').internalBinding('performance');

const timeOrigin = Date.now() - binding.now();
// v8Start: when the JS library began loading (this module is among its first).
const milestones = { __proto__: null, v8Start: binding.now(), environment: -1, bootstrapComplete: -1, loopExit: -1 };

function now() {
  return binding.now();
}

function markMilestone(name) {
  milestones[name] = binding.now();
}

module.exports = { binding, now, timeOrigin, milestones, markMilestone };
