// mock.timers: a fake clock for node:test. enable() swaps the timer functions
// of the global object, of `timers` and of `timers/promises` (and Date, when
// asked) for ones that only fire when the test calls tick()/runAll().
'use strict';

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } } = require('internal/errors');
const { validateObject, validateArray, validateNumber } = require('internal/validators');

const kSupported = ['setInterval', 'setTimeout', 'setImmediate', 'Date'];

class FakeTimer {
  constructor(clock, id, callback, delay, args, repeat) {
    this.clock = clock;
    this.id = id;
    this.callback = callback;
    this.delay = delay;
    this.args = args;
    this.repeat = repeat;
    this.runAt = clock.now + delay;
    this.refed = true;
  }

  ref() { this.refed = true; return this; }
  unref() { this.refed = false; return this; }
  hasRef() { return this.refed; }
  refresh() {
    this.runAt = this.clock.now + this.delay;
    return this;
  }
  close() { this.clock.clear(this); return this; }
  [Symbol.toPrimitive]() { return this.id; }
  [Symbol.dispose]() { this.clock.clear(this); }
}

class MockTimers {
  #enabled = false;
  #apis = [];
  #restore = [];
  #timers = new Map();
  #nextId = 1;
  now = 0;

  enable(options = { __proto__: null }) {
    if (this.#enabled) {
      throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    }
    validateObject(options, 'options');
    const { apis = kSupported, now = 0 } = options;
    validateArray(apis, 'options.apis');
    for (const api of apis) {
      if (!kSupported.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api,
          `option ${api} is not supported`);
      }
    }
    let start = now;
    if (now instanceof Date) start = now.getTime();
    validateNumber(start, 'options.now', 0);
    this.now = start;
    this.#apis = apis;
    this.#enabled = true;
    this.#install();
  }

  tick(ms = 1) {
    this.#assertEnabled();
    validateNumber(ms, 'time', 0);
    // Like node: the clock moves to the end first, then what came due runs
    // in order (so Date.now() inside every callback reads the new time).
    this.now += ms;
    for (;;) {
      const timer = this.#nextDue(this.now);
      if (timer === undefined) break;
      this.#fire(timer);
    }
  }

  runAll() {
    this.#assertEnabled();
    let latest = this.now;
    for (const timer of this.#timers.values()) latest = Math.max(latest, timer.runAt);
    this.tick(latest - this.now);
  }

  setTime(ms) {
    this.#assertEnabled();
    validateNumber(ms, 'time');
    this.now = ms;
  }

  reset() {
    if (!this.#enabled) return;
    for (const undo of this.#restore.reverse()) undo();
    this.#restore = [];
    this.#timers.clear();
    this.#enabled = false;
    this.now = 0;
  }

  [Symbol.dispose]() {
    this.reset();
  }

  clear(timer) {
    if (timer == null) return;
    const id = typeof timer === 'object' ? timer.id : Number(timer);
    this.#timers.delete(id);
  }

  #assertEnabled() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  // The earliest timer due at or before `until`; ties go to the one made first.
  #nextDue(until) {
    let best;
    for (const timer of this.#timers.values()) {
      if (timer.runAt > until) continue;
      if (best === undefined || timer.runAt < best.runAt) best = timer;
    }
    return best;
  }

  #fire(timer) {
    if (timer.repeat) {
      timer.runAt += Math.max(timer.delay, 1);
    } else {
      this.#timers.delete(timer.id);
    }
    timer.callback(...timer.args);
  }

  #schedule(callback, delay, args, repeat) {
    const ms = Number(delay);
    const wait = ms >= 1 && ms <= 0x7fffffff ? Math.trunc(ms) : 1;
    const timer = new FakeTimer(this, this.#nextId++, callback, wait, args, repeat);
    this.#timers.set(timer.id, timer);
    return timer;
  }

  #install() {
    const timers = require('timers');
    const timersPromises = require('timers/promises');
    const swap = (target, name, value) => {
      const descriptor = Object.getOwnPropertyDescriptor(target, name);
      this.#restore.push(() => {
        if (descriptor === undefined) delete target[name];
        else Object.defineProperty(target, name, descriptor);
      });
      Object.defineProperty(target, name, { __proto__: null, value, writable: true, configurable: true, enumerable: descriptor?.enumerable ?? false });
    };
    const clear = (timer) => this.clear(timer);
    if (this.#apis.includes('setTimeout')) {
      const setTimeoutMock = (callback, delay, ...args) => this.#schedule(callback, delay, args, false);
      for (const target of [globalThis, timers]) {
        swap(target, 'setTimeout', setTimeoutMock);
        swap(target, 'clearTimeout', clear);
      }
      swap(timersPromises, 'setTimeout', (delay, value) =>
        new Promise((resolve) => this.#schedule(resolve, delay, [value], false)));
    }
    if (this.#apis.includes('setInterval')) {
      const setIntervalMock = (callback, delay, ...args) => this.#schedule(callback, delay, args, true);
      for (const target of [globalThis, timers]) {
        swap(target, 'setInterval', setIntervalMock);
        swap(target, 'clearInterval', clear);
      }
    }
    if (this.#apis.includes('setImmediate')) {
      // An immediate is a timer due now: the next tick() of any length runs it.
      const setImmediateMock = (callback, ...args) => {
        const timer = this.#schedule(callback, 1, args, false);
        timer.runAt = this.now;
        return timer;
      };
      for (const target of [globalThis, timers]) {
        swap(target, 'setImmediate', setImmediateMock);
        swap(target, 'clearImmediate', clear);
      }
      swap(timersPromises, 'setImmediate', (value) =>
        new Promise((resolve) => setImmediateMock(resolve, value)));
    }
    if (this.#apis.includes('Date')) {
      swap(globalThis, 'Date', this.#mockDate(globalThis.Date));
    }
  }

  #mockDate(RealDate) {
    const clock = this;
    function MockDate(...args) {
      if (!new.target) return new RealDate(clock.now).toString();
      if (args.length === 0) return Reflect.construct(RealDate, [clock.now], new.target);
      return Reflect.construct(RealDate, args, new.target);
    }
    Object.setPrototypeOf(MockDate, RealDate);
    MockDate.prototype = RealDate.prototype;
    MockDate.now = () => clock.now;
    MockDate.parse = RealDate.parse;
    MockDate.UTC = RealDate.UTC;
    Object.defineProperty(MockDate, 'name', { __proto__: null, value: 'Date' });
    return MockDate;
  }
}

module.exports = { MockTimers };
