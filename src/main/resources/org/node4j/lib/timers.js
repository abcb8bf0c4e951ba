// node:timers — setTimeout and friends, on internal/timers.
'use strict';

const {
  Timeout, Immediate, insert, clearTimeout, clearImmediate, active, unrefActive, unenroll,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');

// The arguments after the first `skip` ones, or undefined when there are none
// (the common case allocates nothing).
function extraArgs(args, skip) {
  if (args.length <= skip) return undefined;
  const extra = new Array(args.length - skip);
  for (let i = skip; i < args.length; i++) extra[i - skip] = args[i];
  return extra;
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, extraArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, extraArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, extraArgs(arguments, 1));
}

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null, enumerable: true, get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null, enumerable: true, get() { return require('timers/promises').setImmediate; },
});

// Deprecated, still used by old packages.
function enroll(item, msecs) {
  if (item._idleTimeout !== undefined) unenroll(item);
  item._idleTimeout = msecs;
  item._idleNext = item._idlePrev = null;
}

module.exports = {
  setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval,
  _unrefActive: unrefActive, active, unenroll, enroll,
  get promises() { return require('timers/promises'); },
};
