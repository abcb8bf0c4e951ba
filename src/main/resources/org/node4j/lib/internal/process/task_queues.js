// process.nextTick and queueMicrotask.
//
// Node's order after every callback from the loop: all queued ticks, then all
// microtasks, repeated until both are empty, then promise rejections. GraalJS
// drains microtasks itself when control returns to Java, so the JS side only
// runs ticks; Java sees taskQueueFlags and calls back while work remains.
'use strict';

const { taskQueueFlags } = require('internal/bootstrap/realm');
const { validateFunction } = require('internal/validators');

// A ring-buffer queue: nextTick is hot, shift() on arrays is not.
class FixedQueue {
  constructor() {
    this.items = new Array(2048);
    this.head = 0;
    this.tail = 0;
    this.mask = 2047;
  }
  isEmpty() { return this.head === this.tail; }
  push(item) {
    this.items[this.tail] = item;
    this.tail = (this.tail + 1) & this.mask;
    if (this.tail === this.head) this.grow();
  }
  shift() {
    if (this.head === this.tail) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    return item;
  }
  grow() {
    const old = this.items;
    const size = old.length;
    const items = new Array(size * 2);
    for (let i = 0; i < size; i++) items[i] = old[(this.head + i) & this.mask];
    this.items = items;
    this.head = 0;
    this.tail = size;
    this.mask = size * 2 - 1;
  }
}

const queue = new FixedQueue();
let tickScheduled = false;
let processRejections = () => false;

function setHasTickScheduled(value) {
  if (tickScheduled !== value) {
    tickScheduled = value;
    taskQueueFlags.setHasTickScheduled(value);
  }
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  setHasTickScheduled(true);
  queue.push({ callback, args });
}

// Runs queued ticks, including ticks queued by ticks. An exception leaves the
// rest queued: Java reports it and calls again.
function runNextTicks() {
  let tock;
  while ((tock = queue.shift()) !== undefined) {
    const { callback, args } = tock;
    if (args.length === 0) callback();
    else callback(...args);
  }
  setHasTickScheduled(false);
}

function processTicksAndRejections() {
  runNextTicks();
  processRejections();
}

function setRejectionProcessor(fn) {
  processRejections = fn;
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/execution').reportMicrotaskError(err);
    }
  });
}

module.exports = {
  nextTick, runNextTicks, processTicksAndRejections, queueMicrotask, setRejectionProcessor,
};
