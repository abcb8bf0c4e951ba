// eventLoopUtilization(): how much of the time since the loop started it spent
// running callbacks rather than waiting in the poll phase.
'use strict';

const { binding, now } = require('internal/perf/utils');

function eventLoopUtilization(util1, util2) {
  const loopStart = binding.loopStart();
  if (loopStart < 0) return { idle: 0, active: 0, utilization: 0 };
  const idle = binding.idleTime();
  const active = now() - loopStart - idle;
  if (util2) {
    const idleDelta = util1.idle - util2.idle;
    const activeDelta = util1.active - util2.active;
    return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
  }
  if (util1) {
    const idleDelta = idle - util1.idle;
    const activeDelta = active - util1.active;
    return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
  }
  return { idle, active, utilization: active / (idle + active) };
}

module.exports = { eventLoopUtilization };
