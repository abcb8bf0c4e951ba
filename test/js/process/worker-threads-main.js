// worker_threads as the main thread sees it.
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits, wt.isInternalThread);
console.log(typeof wt.SHARE_ENV, wt.SHARE_ENV === require('node:worker_threads').SHARE_ENV);
wt.setEnvironmentData('k', 1);
console.log(wt.getEnvironmentData('k'), wt.getEnvironmentData('missing'));
wt.setEnvironmentData('k', undefined);
console.log(wt.getEnvironmentData('k'));
const o = {};
console.log(wt.isMarkedAsUntransferable(o));
wt.markAsUntransferable(o);
console.log(wt.isMarkedAsUntransferable(o), wt.isMarkedAsUntransferable(1));
