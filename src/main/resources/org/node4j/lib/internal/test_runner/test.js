// The tests of node:test: Test (a test() or it()), Suite (a describe()) and
// the contexts their functions receive. A test runs its hooks, its function
// and then its subtests one at a time, in the order they were made, and
// reports one result to the harness when all of that is over.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const {
  validateFunction, validateNumber, validateObject, validateAbortSignal, validateInteger,
} = require('internal/validators');
const { MockTracker } = require('internal/test_runner/mock');

const kTimeoutMax = 2 ** 31 - 1;

// Every failure of a test is one of these; `cause` is what went wrong (an
// error the test threw, or a message) and `failureType` says where.
class TestFailure extends Error {
  constructor(cause, failureType) {
    super(cause instanceof Error ? cause.message : String(cause));
    Object.defineProperty(this, 'name', { __proto__: null, value: 'Error', configurable: true, writable: true });
    this.code = 'ERR_TEST_FAILURE';
    this.failureType = failureType;
    this.cause = cause;
  }
}

const failures = {
  cancelled: 'cancelledByParent',
  callbackAndPromise: 'callbackAndPromisePresent',
  hook: 'hookFailed',
  multipleCallbacks: 'multipleCallbackInvocations',
  parentFinished: 'parentAlreadyFinished',
  subtests: 'subtestsFailed',
  code: 'testCodeFailure',
  timeout: 'testTimeoutFailure',
  uncaught: 'uncaughtException',
  unhandledRejection: 'unhandledRejection',
  aborted: 'testAborted',
};

// Where test()/it()/describe() was called from: file, line and column of the
// first frame outside node:test.
function callSite() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  Error.captureStackTrace(holder, callSite);
  Error.stackTraceLimit = limit;
  for (const raw of String(holder.stack).split('\n').slice(1)) {
    const line = raw.trim().replace(/^at (async )?/, '');
    const inParens = /\(([^()]+)\)$/.exec(line);
    const match = /^(.+):(\d+):(\d+)$/.exec(inParens ? inParens[1] : line);
    if (match === null || match[1].startsWith('node:')) continue;
    return { file: match[1], line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

// The `t` of a test function.
class TestContext {
  #test;

  constructor(test) {
    this.#test = test;
  }

  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName(); }
  get filePath() { return this.#test.location?.file; }
  get signal() { return this.#test.abortController.signal; }
  get passed() { return this.#test.passed; }
  get error() { return this.#test.error; }
  get mock() {
    this.#test.mock ??= new MockTracker();
    return this.#test.mock;
  }

  get assert() {
    this.#test.assertions ??= boundAssertions(this.#test);
    return this.#test.assertions;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(String(message));
  }

  plan(count, options = { __proto__: null }) {
    if (this.#test.plan !== null) {
      throw new TestFailure('cannot set plan more than once', failures.code);
    }
    validateInteger(count, 'count', 0);
    validateObject(options, 'options');
    this.#test.plan = { expected: count, wait: options.wait ?? false };
  }

  skip(message) {
    this.#test.skipped = true;
    this.#test.message = message;
  }

  todo(message) {
    this.#test.isTodo = true;
    this.#test.message = message;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = Boolean(value);
  }

  test(name, options, fn) {
    const parent = this.#test;
    parent.countAssertion();
    return parent.createSubtest(Test, name, options, fn, callSite()).completion;
  }

  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }

  // Polls `condition` until it stops throwing (its result is returned) or
  // the timeout passes (the last error is thrown).
  async waitFor(condition, options = { __proto__: null }) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, kTimeoutMax);
    validateNumber(timeout, 'options.timeout', 0, kTimeoutMax);
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        return await condition();
      } catch (err) {
        if (Date.now() >= deadline) throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

// The context a describe() function and its before/after hooks receive.
class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName(); }
  get filePath() { return this.#suite.location?.file; }
  get signal() { return this.#suite.abortController.signal; }
}

// t.assert: node's assert functions, each counting toward t.plan().
function boundAssertions(test) {
  const assert = require('assert');
  const out = { __proto__: null };
  for (const name of Object.keys(assert)) {
    const fn = assert[name];
    if (typeof fn !== 'function' || name === 'AssertionError' || name === 'CallTracker' || name === 'strict') continue;
    out[name] = function(...args) {
      test.countAssertion();
      return Reflect.apply(fn, assert, args);
    };
  }
  return out;
}

// test(name, options, fn) with any of the three left out.
function parseArguments(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = undefined;
    name = fn.name;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' ? fn.name : undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (options == null) options = { __proto__: null };
  validateObject(options, 'options');
  if (typeof name !== 'string' || name === '') name = '<anonymous>';
  if (fn === undefined) fn = noop;
  validateFunction(fn, 'fn');
  return { name, options, fn };
}

function noop() {}

function validateOptions(options) {
  const { timeout, concurrency, signal, plan } = options;
  if (timeout !== undefined && timeout !== Infinity) validateNumber(timeout, 'options.timeout', 0, kTimeoutMax);
  if (concurrency !== undefined && typeof concurrency !== 'boolean') {
    if (typeof concurrency !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
    }
    validateInteger(concurrency, 'options.concurrency', 1);
  }
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (plan !== undefined) validateInteger(plan, 'options.plan', 0);
}

class Test {
  constructor(parent, name, options, fn, location, harness) {
    validateOptions(options);
    this.parent = parent;
    this.harness = harness;
    this.name = name;
    this.fn = fn;
    this.location = location;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.timeout = options.timeout ?? parent?.timeout ?? Infinity;
    this.only = Boolean(options.only);
    this.skipped = Boolean(options.skip) || options.skip === '';
    this.isTodo = Boolean(options.todo) || options.todo === '';
    this.message = typeof options.skip === 'string' ? options.skip :
      typeof options.todo === 'string' ? options.todo : undefined;
    this.plan = options.plan !== undefined ? { expected: options.plan, wait: false } : null;
    this.assertionCount = 0;
    this.diagnostics = [];
    this.subtests = [];
    this.pending = [];
    this.running = null;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.abortController = new AbortController();
    this.outerSignal = options.signal;
    this.passed = false;
    this.error = null;
    this.started = false;
    this.finished = false;
    this.runOnlySubtests = false;
    this.mock = undefined;
    this.assertions = undefined;
    this.completion = new Promise((resolve) => { this.resolveCompletion = resolve; });
    // Settled by the harness when an uncaught exception or a cancellation
    // ends the test from outside while its function still waits.
    this.interruption = new Promise((resolve) => { this.interrupt = resolve; });
    if (parent !== null && parent.runOnlySubtests && !this.only) {
      this.skipped = true;
      this.message = "'only' option not set";
    }
  }

  isSuite() { return false; }

  fullName() {
    const names = [];
    for (let t = this; t !== null && t.parent !== null; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  countAssertion() {
    this.assertionCount++;
  }

  addHook(kind, fn, options = { __proto__: null }) {
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    const { timeout = Infinity, signal } = options;
    if (timeout !== Infinity) validateNumber(timeout, 'options.timeout', 0, kTimeoutMax);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    this.hooks[kind].push({ fn, timeout, location: callSite() });
  }

  createSubtest(Kind, name, options, fn, location) {
    ({ name, options, fn } = parseArguments(name, options, fn));
    const child = new Kind(this, name, options, fn, location, this.harness);
    this.subtests.push(child);
    if (this.finished) {
      child.fail(new TestFailure('test could not be started because its parent finished',
        failures.parentFinished));
      child.report();
    } else {
      this.enqueue(child);
    }
    return child;
  }

  // Subtests run one at a time; one made while another runs waits its turn.
  enqueue(child) {
    this.pending.push(child);
    if (this.running === null && this.started) this.runNext();
  }

  runNext() {
    if (this.running !== null) return;
    const next = this.pending.shift();
    if (next === undefined) {
      this.idle?.();
      return;
    }
    this.running = next;
    this.runBeforeHooksOnce().then((hookError) => {
      if (hookError === null) return next.start();
      // A failed before hook fails the test it belongs to; the tests it was
      // meant to prepare never run.
      next.fail(new TestFailure('test did not finish before its parent and was cancelled', failures.cancelled));
      next.finish();
    }).then(() => {
      this.running = null;
      this.runNext();
    });
  }

  // before() hooks run once, when the first subtest is about to start;
  // resolves to the hook's failure or null.
  runBeforeHooksOnce() {
    this.beforeHooks ??= this.runHooks(this.hooks.before, 'before', this.hookContext())
      .then(() => null, (err) => err);
    return this.beforeHooks;
  }

  hookContext() {
    return new TestContext(this);
  }

  // Resolves when every subtest made so far (and any they make) has finished.
  drainSubtests() {
    if (this.running === null && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.idle = () => {
        this.idle = undefined;
        resolve();
      };
      if (this.running === null) this.runNext();
    });
  }

  // Runs this test to its end and reports it; never rejects.
  async start() {
    this.started = true;
    this.startTime = performance.now();
    this.harness.enter(this);
    try {
      await this.runBody();
    } catch (err) {
      this.fail(err instanceof TestFailure ? err : new TestFailure(err, failures.code));
    }
    this.harness.leave(this);
    this.finish();
  }

  async runBody() {
    if (this.outerSignal?.aborted) {
      throw new TestFailure(this.outerSignal.reason ?? new Error('This operation was aborted'), failures.aborted);
    }
    const ancestors = this.ancestors();
    if (!this.skipped) {
      for (const suite of ancestors.slice().reverse()) {
        await this.runHooks(suite.hooks.beforeEach, 'beforeEach', new TestContext(this));
      }
    }
    const ctx = new TestContext(this);
    let bodyError = null;
    if (!this.skipped) {
      try {
        await this.runWithTimeout(() => runUserFunction(this.fn, ctx, 1), this.timeout);
      } catch (err) {
        bodyError = err;
      }
      if (!this.skipped && bodyError === null) await this.drainSubtestsWithTimeout();
    }
    if (bodyError !== null) {
      // Subtests still waiting will not run: the test already failed.
      this.cancelPending();
      await this.drainSubtests();
    }
    try {
      await this.runHooks(this.hooks.after, 'after', ctx);
      if (!this.skipped) {
        for (const suite of ancestors) {
          await this.runHooks(suite.hooks.afterEach, 'afterEach', ctx);
        }
      }
    } catch (err) {
      if (bodyError === null) bodyError = err;
    }
    if (bodyError !== null) throw bodyError;
    this.checkPlan();
    this.checkSubtests();
  }

  // Every test and suite this one sits in, innermost first: the beforeEach and
  // afterEach hooks of each (describe's, t.beforeEach's, the file's) apply.
  ancestors() {
    const list = [];
    for (let p = this.parent; p !== null; p = p.parent) list.push(p);
    return list;
  }

  async runHooks(hooks, kind, ctx) {
    for (const hook of hooks) {
      try {
        await this.runWithTimeout(() => runUserFunction(hook.fn, ctx, 1), hook.timeout);
      } catch (err) {
        const cause = err instanceof TestFailure ? err.cause : err;
        throw new TestFailure(cause, failures.hook);
      }
    }
  }

  // fn() against the test's timeout and against being interrupted.
  runWithTimeout(fn, timeout) {
    const racers = [fn(), this.interruption.then((err) => { throw err; })];
    let timer;
    if (timeout !== Infinity) {
      racers.push(new Promise((resolve, reject) => {
        timer = setTimeout(() => {
          reject(new TestFailure(`test timed out after ${timeout}ms`, failures.timeout));
        }, timeout);
      }));
    }
    if (this.outerSignal !== undefined) {
      racers.push(new Promise((resolve, reject) => {
        this.outerSignal.addEventListener('abort', () => {
          reject(new TestFailure(this.outerSignal.reason, failures.aborted));
        }, { once: true });
      }));
    }
    return Promise.race(racers).finally(() => clearTimeout(timer));
  }

  async drainSubtestsWithTimeout() {
    try {
      await this.runWithTimeout(() => this.drainSubtests(), this.timeout);
    } catch (err) {
      this.cancelPending();
      throw err;
    }
  }

  // Subtests that never start: each is reported as cancelled.
  cancelPending() {
    const waiting = this.pending.splice(0);
    for (const child of waiting) {
      child.fail(new TestFailure('test did not finish before its parent and was cancelled', failures.cancelled));
      child.finish();
    }
    if (this.running !== null) {
      this.running.interrupt(new TestFailure('test did not finish before its parent and was cancelled',
        failures.cancelled));
    }
  }

  checkPlan() {
    if (this.plan === null) return;
    if (this.plan.expected !== this.assertionCount) {
      throw new TestFailure(`plan expected ${this.plan.expected} assertions but received ${this.assertionCount}`,
        failures.code);
    }
  }

  checkSubtests() {
    const failed = this.subtests.filter((t) => t.error !== null && !t.isTodo).length;
    if (failed > 0) {
      throw new TestFailure(`${failed} subtest${failed === 1 ? '' : 's'} failed`, failures.subtests);
    }
  }

  fail(err) {
    if (this.error !== null) return;
    this.error = err;
    this.passed = false;
  }

  finish() {
    if (this.finished) return;
    this.finished = true;
    this.endTime = performance.now();
    if (this.error === null) this.passed = true;
    if (this.error !== null && (this.error.failureType === failures.cancelled ||
                                this.error.failureType === failures.timeout)) {
      this.abortController.abort();
    }
    this.mock?.reset();
    this.report();
    this.resolveCompletion();
  }

  report() {
    this.harness.report(this);
  }

  durationMs() {
    if (this.startTime === undefined) return 0;
    return (this.endTime ?? performance.now()) - this.startTime;
  }
}

// describe(): its function runs at once and only declares; the declared
// tests run, with the suite's hooks around them, when the suite's turn comes.
class Suite extends Test {
  constructor(parent, name, options, fn, location, harness) {
    super(parent, name, options, fn, location, harness);
    this.buildError = null;
    this.built = Promise.resolve();
    if (this.skipped) return;
    const ctx = new SuiteContext(this);
    const previous = harness.buildingSuite;
    harness.buildingSuite = this;
    try {
      const result = this.fn.call(ctx, ctx);
      if (result !== null && typeof result?.then === 'function') {
        this.built = Promise.resolve(result).then(() => {}, (err) => { this.buildError = err; });
      }
    } catch (err) {
      this.buildError = err;
    } finally {
      harness.buildingSuite = previous;
    }
  }

  isSuite() { return true; }

  hookContext() {
    return new SuiteContext(this);
  }

  // A suite does not start its tests as they are declared.
  enqueue(child) {
    this.pending.push(child);
  }

  async runBody() {
    await this.built;
    if (this.buildError !== null) {
      this.cancelPending();
      await this.drainSubtests();
      throw new TestFailure(this.buildError, failures.code);
    }
    if (this.skipped) {
      for (const child of this.pending) {
        child.skipped = true;
      }
    }
    await this.drainSubtestsWithTimeout();
    const hookError = this.beforeHooks === undefined ? null : await this.beforeHooks;
    await this.runHooks(this.hooks.after, 'after', this.hookContext());
    if (hookError !== null) throw hookError;
    this.checkSubtests();
  }
}

// The invisible root: the file's top-level tests are its subtests.
class RootTest extends Test {
  constructor(harness) {
    super(null, '<root>', { __proto__: null }, noop, undefined, harness);
    this.nesting = -1;
  }

  // Top-level tests wait until the file's synchronous code has run.
  begin() {
    if (this.started) return;
    this.started = true;
    this.startTime = performance.now();
    this.runNext();
  }
}

// Calls a test or hook function with its context, as a promise: callback
// style when it declares a second parameter (done), else its return value.
function runUserFunction(fn, ctx, arity) {
  if (fn.length > arity) {
    return new Promise((resolve, reject) => {
      // done() may come before fn returns; the outcome waits until we know
      // fn did not also return a promise.
      let returned = false;
      let outcome;
      const settle = ({ err }) => (err ? reject(err) : resolve());
      const done = (err) => {
        if (outcome !== undefined) return;
        outcome = { err };
        if (returned) settle(outcome);
      };
      let result;
      try {
        result = fn.call(ctx, ctx, done);
      } catch (err) {
        reject(err);
        return;
      }
      returned = true;
      if (result !== null && typeof result?.then === 'function') {
        result.then(() => {}, () => {});
        reject(new TestFailure('passed a callback but also returned a Promise', failures.callbackAndPromise));
        return;
      }
      if (outcome !== undefined) settle(outcome);
    });
  }
  try {
    return Promise.resolve(fn.call(ctx, ctx));
  } catch (err) {
    return Promise.reject(err);
  }
}

module.exports = {
  Test, Suite, RootTest, TestContext, SuiteContext, TestFailure, failures,
  parseArguments, callSite,
};
