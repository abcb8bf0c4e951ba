// node:worker_threads. The main thread's view (isMainThread, threadId,
// environment data, transfer marks) and the message ports, which work within
// this thread; Worker comes with worker support.
'use strict';

const environmentData = new Map();
const untransferable = new WeakSet();
const uncloneable = new WeakSet();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function markAsUntransferable(object) {
  if ((typeof object === 'object' && object !== null) || typeof object === 'function') untransferable.add(object);
}

function isMarkedAsUntransferable(object) {
  return (typeof object === 'object' && object !== null || typeof object === 'function') &&
    untransferable.has(object);
}

function markAsUncloneable(object) {
  if ((typeof object === 'object' && object !== null) || typeof object === 'function') uncloneable.add(object);
}

const {
  MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort,
} = require('internal/worker/io');

module.exports = {
  isInternalThread: false,
  isMainThread: true,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  resourceLimits: {},
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  parentPort: null,
  workerData: null,
  setEnvironmentData,
  getEnvironmentData,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  receiveMessageOnPort,
};
