// PerformanceResourceTiming: the timings of one fetch, made from the
// timingInfo record fetch keeps (markResourceTiming is how fetch reports it).
'use strict';

const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;
const { PerformanceEntry, kSkipThrow, check } = require('internal/perf/performance_entry');
const { enqueue, bufferResourceTiming } = require('internal/perf/observe');

const kInfo = Symbol('kTimingInfo');
const kInitiator = Symbol('kInitiatorType');
const kCacheMode = Symbol('kCacheMode');
const kBody = Symbol('kBodyInfo');
const kStatus = Symbol('kResponseStatus');
const kDelivery = Symbol('kDeliveryType');

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skip, name, type) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, name, type, 0, 0);
  }

  get name() { check(this, 'PerformanceResourceTiming'); return super.name; }
  get startTime() { check(this, 'PerformanceResourceTiming'); return this[kInfo].startTime; }
  get duration() { check(this, 'PerformanceResourceTiming'); return this[kInfo].endTime - this[kInfo].startTime; }
  get initiatorType() { return this[kInitiator]; }
  get workerStart() { return this[kInfo].finalServiceWorkerStartTime; }
  get redirectStart() { return this[kInfo].redirectStartTime; }
  get redirectEnd() { return this[kInfo].redirectEndTime; }
  get fetchStart() { return this[kInfo].postRedirectStartTime; }
  get domainLookupStart() { return this[kInfo].finalConnectionTimingInfo?.domainLookupStartTime; }
  get domainLookupEnd() { return this[kInfo].finalConnectionTimingInfo?.domainLookupEndTime; }
  get connectStart() { return this[kInfo].finalConnectionTimingInfo?.connectionStartTime; }
  get connectEnd() { return this[kInfo].finalConnectionTimingInfo?.connectionEndTime; }
  get secureConnectionStart() { return this[kInfo].finalConnectionTimingInfo?.secureConnectionStartTime; }
  get nextHopProtocol() { return this[kInfo].finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }
  get requestStart() { return this[kInfo].finalNetworkRequestStartTime; }
  get responseStart() { return this[kInfo].finalNetworkResponseStartTime; }
  get responseEnd() { return this[kInfo].endTime; }
  get encodedBodySize() { return this[kInfo].encodedBodySize; }
  get decodedBodySize() { return this[kInfo].decodedBodySize; }
  get transferSize() {
    return this[kCacheMode] === 'local' ? 0 : this[kInfo].encodedBodySize + 300;
  }
  get deliveryType() { return this[kDelivery]; }
  get responseStatus() { return this[kStatus]; }

  toJSON() {
    const json = { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
    for (const key of ['initiatorType', 'nextHopProtocol', 'workerStart', 'redirectStart', 'redirectEnd',
                       'fetchStart', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd',
                       'secureConnectionStart', 'requestStart', 'responseStart', 'responseEnd', 'transferSize',
                       'encodedBodySize', 'decodedBodySize', 'deliveryType', 'responseStatus']) {
      json[key] = this[key];
    }
    return json;
  }
}
for (const name of Object.getOwnPropertyNames(PerformanceResourceTiming.prototype)) {
  if (name !== 'constructor') {
    Object.defineProperty(PerformanceResourceTiming.prototype, name, { __proto__: null, enumerable: true });
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceResourceTiming', configurable: true,
});

// https://w3c.github.io/resource-timing/#dfn-mark-resource-timing
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo,
                            responseStatus, deliveryType = '') {
  const entry = new PerformanceResourceTiming(kSkipThrow, requestedUrl, 'resource');
  entry[kInfo] = timingInfo;
  entry[kInitiator] = initiatorType;
  entry[kCacheMode] = cacheMode;
  entry[kBody] = bodyInfo;
  entry[kStatus] = responseStatus;
  entry[kDelivery] = deliveryType;
  enqueue(entry);
  bufferResourceTiming(entry);
  return entry;
}

module.exports = { PerformanceResourceTiming, markResourceTiming };
