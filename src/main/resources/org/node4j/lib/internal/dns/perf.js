// 'dns' performance entries: one per successful request, for observers of
// that entry type (perf_hooks), named by the operation (lookup, queryA...).
'use strict';

const { now } = require('internal/perf/utils');

function startTime() {
  return now();
}

function recordDns(name, start, detail) {
  const { enqueue } = require('internal/perf/observe');
  const { createPerformanceNodeEntry } = require('internal/perf/performance_entry');
  enqueue(createPerformanceNodeEntry(name, 'dns', start, now() - start, detail));
}

module.exports = { startTime, recordDns };
