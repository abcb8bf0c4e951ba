// node:perf_hooks: the performance timeline, observers, histograms and the
// event loop measurements.
'use strict';

const { Performance, performance } = require('internal/perf/performance');
const { PerformanceEntry } = require('internal/perf/performance_entry');
const { PerformanceMark, PerformanceMeasure } = require('internal/perf/usertiming');
const { PerformanceObserver, PerformanceObserverEntryList } = require('internal/perf/observe');
const { PerformanceResourceTiming } = require('internal/perf/resource_timing');
const { monitorEventLoopDelay } = require('internal/perf/event_loop_delay');
const { eventLoopUtilization } = require('internal/perf/event_loop_utilization');
const { timerify } = require('internal/perf/timerify');
const { createHistogram } = require('internal/histogram');
const { constants } = require('internal/perf/constants');

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  performance,
};
Object.defineProperty(module.exports, 'constants', {
  __proto__: null, value: constants, configurable: false, enumerable: true, writable: false,
});
