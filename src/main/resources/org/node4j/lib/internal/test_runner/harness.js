// The harness behind node:test's top-level functions: one root test per
// process, started once the file's synchronous code has run; it counts
// results, hands them to the reporter, pins uncaught errors on the test that
// was running, and at the end prints the summary and sets the exit code.
'use strict';

const { Test, Suite, RootTest, TestFailure, failures, parseArguments, callSite } =
  require('internal/test_runner/test');
const { SpecReporter } = require('internal/test_runner/reporter/spec');
const { shouldColorize } = require('internal/tty');

class Harness {
  constructor() {
    this.root = new RootTest(this);
    this.buildingSuite = null;
    this.runningStack = [];
    this.counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
    this.finished = false;
    this.startTime = performance.now();
    this.reporter = new SpecReporter((text) => process.stdout.write(text), shouldColorize(1));
    this.testOnly = process.execArgv.includes('--test-only');
    this.namePatterns = patternsOf('--test-name-pattern');
    this.skipPatterns = patternsOf('--test-skip-pattern');
  }

  // The test that new test()/it() calls belong to: the suite being declared,
  // else the test running now, else the root.
  currentParent() {
    if (this.buildingSuite !== null) return this.buildingSuite;
    const running = this.runningStack[this.runningStack.length - 1];
    if (running !== undefined && !running.finished) return running;
    return this.root;
  }

  enter(test) {
    this.runningStack.push(test);
  }

  leave(test) {
    const at = this.runningStack.lastIndexOf(test);
    if (at !== -1) this.runningStack.splice(at, 1);
  }

  create(Kind, name, options, fn) {
    const location = callSite();
    const parent = this.currentParent();
    ({ name, options, fn } = parseArguments(name, options, fn));
    options = this.filter(parent, name, options, Kind);
    const test = parent.createSubtest(Kind, name, options, fn, location);
    if (parent === this.root) process.nextTick(() => this.root.begin());
    return test;
  }

  // --test-only, --test-name-pattern and --test-skip-pattern turn tests into skipped ones.
  filter(parent, name, options, Kind) {
    if (this.testOnly && Kind !== Suite && !options.only && !hasOnlyAncestor(parent)) {
      return { ...options, skip: "'only' option not set" };
    }
    const fullName = parent === this.root ? name : `${parent.fullName()} ${name}`;
    if (Kind !== Suite && this.namePatterns.length > 0 && !this.namePatterns.some((re) => re.test(fullName) || re.test(name))) {
      return { ...options, skip: 'test name does not match pattern' };
    }
    if (Kind !== Suite && this.skipPatterns.some((re) => re.test(fullName) || re.test(name))) {
      return { ...options, skip: 'test name does match skip pattern' };
    }
    return options;
  }

  report(test) {
    if (test.isSuite()) {
      this.counts.suites++;
    } else {
      this.counts.tests++;
      if (test.skipped) this.counts.skipped++;
      else if (test.isTodo) this.counts.todo++;
      else if (test.error?.failureType === failures.cancelled ||
               test.error?.failureType === failures.timeout) this.counts.cancelled++;
      else if (test.error !== null) this.counts.fail++;
      else this.counts.pass++;
    }
    this.reporter.result(test);
  }

  // An error no code caught: it fails the test that is running, or, between
  // tests, the file as a whole.
  uncaught(err, failureType) {
    const test = this.runningStack[this.runningStack.length - 1];
    if (test !== undefined && !test.finished) {
      test.interrupt(new TestFailure(err, failureType));
      return;
    }
    process.exitCode = 1;
    const { inspect } = require('internal/util/inspect');
    this.reporter.diagnostic(0, `Error: A resource generated asynchronous activity after the test ended. ` +
      `This activity created the error ${inspect(err)} and would have caused the test to fail, ` +
      `but instead triggered an ${failureType} event.`);
    this.counts.fail++;
  }

  // The event loop ran dry. Tests still waiting on a promise that nothing
  // can settle are cancelled; when all is done the root's after hooks run
  // and the summary is printed.
  onBeforeExit() {
    if (this.finished) return;
    const root = this.root;
    if (root.running !== null || root.pending.length > 0) {
      for (const test of this.runningStack.slice()) {
        if (!test.finished) {
          test.interrupt(new TestFailure('Promise resolution is still pending but the event loop has already resolved',
            failures.cancelled));
        }
      }
      // Keeps the loop alive while the cancelled tests wind down.
      setImmediate(() => {});
      return;
    }
    this.finished = true;
    root.runHooks(root.hooks.after, 'after', root.hookContext()).catch((err) => {
      this.reporter.diagnostic(0, `Error: after hook failed: ${err?.message ?? err}`);
      this.counts.fail++;
    }).then(() => this.printSummary());
    setImmediate(() => {});
  }

  printSummary() {
    if (this.summaryPrinted) return;
    this.summaryPrinted = true;
    this.reporter.summary(this.counts, performance.now() - this.startTime);
    if (this.counts.fail > 0 || this.counts.cancelled > 0) process.exitCode = 1;
  }
}

function hasOnlyAncestor(test) {
  for (let t = test; t !== null; t = t.parent) {
    if (t.only) return true;
  }
  return false;
}

function patternsOf(flag) {
  const out = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    let value;
    if (argv[i] === flag) value = argv[++i];
    else if (argv[i].startsWith(`${flag}=`)) value = argv[i].slice(flag.length + 1);
    if (value === undefined) continue;
    const literal = /^\/(.*)\/([a-z]*)$/.exec(value);
    out.push(literal ? new RegExp(literal[1], literal[2]) : new RegExp(value));
  }
  return out;
}

let harness;

function getHarness() {
  if (harness !== undefined) return harness;
  harness = new Harness();
  process.on('uncaughtException', (err) => harness.uncaught(err, failures.uncaught));
  process.on('unhandledRejection', (err) => harness.uncaught(err, failures.unhandledRejection));
  process.on('beforeExit', () => harness.onBeforeExit());
  // process.exit() while tests run: what finished still gets its summary.
  process.on('exit', () => {
    if (!harness.summaryPrinted) {
      harness.printSummary();
    }
  });
  return harness;
}

module.exports = { getHarness, Test, Suite };
