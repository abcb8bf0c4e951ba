// node:test end to end: what runs, in which order, what the spec reporter
// prints and the exit code. Durations vary from run to run, so the reporter's
// output is captured and printed with every "(…ms)" and duration_ms blanked.
// What the test functions log goes to its own list (node's reporter writes
// asynchronously, so how the two interleave is not part of the contract).
'use strict';
const realWrite = process.stdout.write.bind(process.stdout);
let captured = '';
process.stdout.write = (chunk) => { captured += chunk; return true; };
const logged = [];
const log = (...args) => logged.push(args.join(' '));
process.on('exit', (code) => {
  realWrite(captured
    .replace(/\(\d+(\.\d+)?ms\)/g, '(Xms)')
    .replace(/duration_ms \d+(\.\d+)?/, 'duration_ms X')
    .replace(/\n {6}at [^\n]*/g, '') +
    `--- logged by the tests:\n${logged.join('\n')}\nexit code ${code}\n`);
});

const test = require('node:test');
const { describe, it, before, after, beforeEach, afterEach } = test;
const assert = require('assert');

test('sync pass', () => { assert.ok(true); });
test('async with subtests', async (t) => {
  await t.test('first', () => log('in first'));
  await t.test('skipped with reason', { skip: 'not today' }, () => log('never'));
  t.diagnostic('a note');
});
test('a subtest nobody awaits', async (t) => {
  t.test('still runs to its end', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    log('in not awaited');
  });
});
test('fails', () => { assert.strictEqual(1, 2); });
test('callback style', (t, done) => { setTimeout(done, 2); });
test('callback and promise', async (t, done) => { done(); });
test.todo('a todo');
test('plan met', (t) => { t.plan(2); t.assert.ok(1); t.assert.strictEqual(2, 2); });
test('plan missed', (t) => { t.plan(3); t.assert.ok(1); });
test('times out', { timeout: 20 }, () => new Promise((resolve) => setTimeout(resolve, 500)));
test('uncaught error in a timer', (t, done) => { setTimeout(() => { throw new Error('boom'); }, 1); });
test('t.skip() at run time', (t) => { t.skip('changed my mind'); });
test('mock.fn counts calls', (t) => {
  const twice = t.mock.fn((n) => n * 2);
  twice(2);
  twice(3);
  assert.strictEqual(twice.mock.callCount(), 2);
  assert.deepStrictEqual(twice.mock.calls.map((c) => c.result), [4, 6]);
  const obj = { hello() { return 'hi'; } };
  t.mock.method(obj, 'hello', () => 'mocked');
  assert.strictEqual(obj.hello(), 'mocked');
});
test('mocks made by t.mock are restored afterwards', () => {
  const obj = { hello() { return 'hi'; } };
  assert.strictEqual(obj.hello(), 'hi');
});
describe('a suite', () => {
  before(() => log('before'));
  after(() => log('after'));
  beforeEach((t) => log('beforeEach', t.name));
  afterEach((t) => log('afterEach', t.name));
  it('one', () => log('in one'));
  describe('nested', () => {
    it('two', () => log('in two'));
    it('three fails', () => { throw new Error('three'); });
  });
  it.skip('skipped it');
});
describe('suite with failing before', () => {
  before(() => { throw new Error('before failed'); });
  it('cannot run', () => log('never'));
});
log('end of synchronous code');
