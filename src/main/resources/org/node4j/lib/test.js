// node:test: test()/it(), describe()/suite(), the hooks and mock. The tests
// of a file run when it is executed directly (`node4j file.js`), reported by
// the spec reporter; a failure makes the exit code 1.
'use strict';

const { getHarness, Test, Suite } = require('internal/test_runner/harness');
const { MockTracker } = require('internal/test_runner/mock');

function declare(Kind, extra) {
  return function(name, options, fn) {
    if (extra !== undefined) {
      ({ name, options, fn } = withOption(name, options, fn, extra));
    }
    return getHarness().create(Kind, name, options, fn).completion;
  };
}

// test.skip(name, fn) is test(name, { skip: true }, fn), and so on.
function withOption(name, options, fn, extra) {
  if (typeof name === 'function') {
    fn = name;
    name = undefined;
    options = undefined;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  return { name: name ?? fn?.name, options: { ...options, ...extra }, fn };
}

function withShortcuts(Kind) {
  const fn = declare(Kind);
  fn.skip = declare(Kind, { skip: true });
  fn.todo = declare(Kind, { todo: true });
  fn.only = declare(Kind, { only: true });
  return fn;
}

function hook(kind) {
  return function(fn, options) {
    const harness = getHarness();
    harness.currentParent().addHook(kind, fn, options);
  };
}

const test = withShortcuts(Test);
const describe = withShortcuts(Suite);
const it = withShortcuts(Test);

module.exports = test;
Object.assign(test, {
  test,
  it,
  describe,
  suite: describe,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
  mock: new MockTracker(),
});
