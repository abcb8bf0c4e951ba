// The timer machinery behind setTimeout/setInterval/setImmediate.
//
// As in Node, Timeouts with the same duration share a list ordered by start
// time, the lists sit in a priority queue by expiry, and the loop holds a single
// native timer armed for the earliest list. Java calls processTimers(now) and
// processImmediate() once per callback to run, so that ticks and microtasks are
// drained between two callbacks exactly as Node drains them; a return of
// RUN_AGAIN (NaN for timers, true for immediates) asks for the next one.
'use strict';

const binding = require('internal/bootstrap/realm').internalBinding('timers');
const { validateFunction } = require('internal/validators');
const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let nextAsyncId = 2;
let nextListId = 1;
let nextExpiry = Infinity;
let refCount = 0;
let warnedNegative = false;
let warnedNaN = false;
const lists = { __proto__: null };
const knownTimersById = { __proto__: null };

// --- linked lists (circular, sentinel is the list itself) -------------------

function initList(list) {
  list._idleNext = list;
  list._idlePrev = list;
}

function appendToList(list, item) {
  if (item._idleNext || item._idlePrev) removeFromList(item);
  const last = list._idlePrev;
  item._idleNext = list;
  item._idlePrev = last;
  last._idleNext = item;
  list._idlePrev = item;
}

function removeFromList(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function peekList(list) {
  return list._idleNext === list ? null : list._idleNext;
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = nextListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

// --- priority queue of lists by (expiry, id) ---------------------------------

const heap = [null];
function compareLists(a, b) {
  return a.expiry - b.expiry || a.id - b.id;
}
function heapSet(pos, item) {
  heap[pos] = item;
  item.priorityQueuePosition = pos;
}
function heapUp(pos) {
  const item = heap[pos];
  while (pos > 1) {
    const parent = pos >> 1;
    if (compareLists(heap[parent], item) <= 0) break;
    heapSet(pos, heap[parent]);
    pos = parent;
  }
  heapSet(pos, item);
}
function heapDown(pos) {
  const size = heap.length - 1;
  const item = heap[pos];
  while (pos * 2 <= size) {
    let child = pos * 2;
    if (child + 1 <= size && compareLists(heap[child + 1], heap[child]) < 0) child++;
    if (compareLists(item, heap[child]) <= 0) break;
    heapSet(pos, heap[child]);
    pos = child;
  }
  heapSet(pos, item);
}
function heapInsert(item) {
  heap.push(item);
  heapUp(heap.length - 1);
}
function heapPeek() {
  return heap.length > 1 ? heap[1] : undefined;
}
function heapRemoveAt(pos) {
  const last = heap.pop();
  if (pos < heap.length) {
    heapSet(pos, last);
    if (pos > 1 && compareLists(heap[pos >> 1], last) > 0) heapUp(pos);
    else heapDown(pos);
  }
}

// --- ref counting ---------------------------------------------------------------

function incRefCount() {
  if (refCount++ === 0) binding.toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) binding.toggleTimerRef(false);
}

// --- Timeout --------------------------------------------------------------------

function getLibuvNow() {
  return binding.getLibuvNow();
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    const callbackDelay = after;
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      } else if (after < 0) {
        // Node 24 warns about a negative delay once per process (NaN likewise
        // below); an omitted delay (undefined) is silently 1 ms.
        if (!warnedNegative) {
          warnedNegative = true;
          process.emitWarning(`${after} is a negative number.` +
                              '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
        }
      } else if (after !== after && callbackDelay !== undefined && !warnedNaN) {
        warnedNaN = true;
        process.emitWarning(`${after} is not a number.` +
                            '\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function active(item) {
  insertGuarded(item, true);
}
function unrefActive(item) {
  insertGuarded(item, false);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = nextAsyncId++;
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = lists[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    lists[msecs] = list = new TimersList(expiry, msecs);
    heapInsert(list);
    if (nextExpiry > expiry) {
      binding.scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  appendToList(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  const list = lists[item._idleTimeout];
  if (list !== undefined && item._idleNext !== null && item._idleNext !== item) {
    removeFromList(item);
    if (list._idleNext === list) {
      delete lists[list.msecs];
      heapRemoveAt(list.priorityQueuePosition);
    }
  } else {
    removeFromList(item);
  }
  item._idleTimeout = -1;
}

const RUN_AGAIN = NaN;

// Called by the loop's timer with the loop time. Runs at most one timer, then
// returns RUN_AGAIN; when nothing is due, returns the next expiry (negative when
// only unref'd timers remain) or 0 when there are none.
function processTimers(now) {
  let list;
  while ((list = heapPeek()) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    const timer = peekList(list);
    if (timer === null) {
      if (lists[list.msecs] === list) delete lists[list.msecs];
      heapRemoveAt(list.priorityQueuePosition);
      continue;
    }
    const msecs = list.msecs;
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      // The rest of this list is not due yet.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = nextListId++;
      heapDown(list.priorityQueuePosition);
      continue;
    }
    removeFromList(timer);
    if (peekList(list) === null) {
      if (lists[msecs] === list) delete lists[msecs];
      heapRemoveAt(list.priorityQueuePosition);
    }
    runTimeout(timer);
    return RUN_AGAIN;
  }
  nextExpiry = Infinity;
  return 0;
}

function runTimeout(timer) {
  if (!timer._onTimeout) {
    if (!timer._destroyed) {
      timer._destroyed = true;
      if (timer[kRefed]) refCount--;
      if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
    }
    return;
  }
  let start;
  if (timer._repeat) start = getLibuvNow();
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
  } finally {
    if (timer._repeat && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      insert(timer, timer._idleTimeout, start);
    } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
      timer._destroyed = true;
      if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      if (timer[kRefed]) decRefCount();
    }
  }
}

// --- Immediate -------------------------------------------------------------------

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

// immediateQueue collects new immediates; outstanding is the batch being run in
// the current check phase (immediates queued meanwhile wait for the next one).
const immediateQueue = new ImmediateList();
let outstanding = null;
let immediateCount = 0;
let immediateRefCount = 0;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    this.ref();
    if (immediateCount++ === 0) binding.toggleImmediatePending(true);
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateRefCount++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateRefCount === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

// How many ref'd timeouts and immediates are pending (process.getActiveResourcesInfo).
function activeTimerCounts() {
  return { timeouts: refCount, immediates: immediateRefCount };
}

function forgetImmediate(immediate) {
  if (--immediateCount === 0) binding.toggleImmediatePending(false);
  if (immediate[kRefed] && --immediateRefCount === 0) binding.toggleImmediateRef(false);
  immediate[kRefed] = null;
}

// Runs one immediate of the current batch; true when more of the batch remain.
function processImmediate() {
  if (outstanding === null || outstanding.head === null) {
    if (immediateQueue.head === null) return false;
    outstanding = new ImmediateList();
    outstanding.head = immediateQueue.head;
    outstanding.tail = immediateQueue.tail;
    immediateQueue.head = immediateQueue.tail = null;
  }
  const immediate = outstanding.head;
  outstanding.head = immediate._idleNext;
  if (outstanding.head !== null) outstanding.head._idlePrev = null;
  else outstanding.tail = null;
  immediate._idleNext = immediate._idlePrev = null;
  if (immediate._destroyed) return outstanding.head !== null;
  immediate._destroyed = true;
  forgetImmediate(immediate);
  const argv = immediate._argv;
  if (argv === undefined) immediate._onImmediate();
  else immediate._onImmediate(...argv);
  return outstanding !== null && outstanding.head !== null;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  forgetImmediate(immediate);
  immediate._destroyed = true;
  immediate._onImmediate = null;
  if (outstanding !== null && (immediate === outstanding.head || immediate._idlePrev !== null ||
      outstanding.tail === immediate)) {
    // It may sit in the batch being run; removing it from either list is safe.
    if (isInList(outstanding, immediate)) {
      outstanding.remove(immediate);
      return;
    }
  }
  immediateQueue.remove(immediate);
}

function isInList(list, item) {
  for (let cur = list.head; cur !== null; cur = cur._idleNext) if (cur === item) return true;
  return false;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

binding.setupTimers(processImmediate, processTimers);

module.exports = {
  activeTimerCounts,
  Timeout, Immediate, insert, active, unrefActive, unenroll, clearTimeout, clearImmediate,
  getLibuvNow, kRefed, TIMEOUT_MAX, validateFunction, ERR_OUT_OF_RANGE,
  timerListQueue: heap, knownTimersById,
};
