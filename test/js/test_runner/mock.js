// node:test's mock API outside and inside tests: call records, one-time
// implementations, times, method/getter/setter mocks and their restore, and
// the fake clock of mock.timers.
'use strict';
const { mock } = require('node:test');
const assert = require('assert');

const add = mock.fn((a, b) => a + b);
add(1, 2);
try { add.call({ who: 'me' }, 3, 4); } catch {}
add.mock.mockImplementationOnce(() => 'once');
console.log(add(5, 6), add(7, 8), add.mock.callCount());
console.log(add.mock.calls.map((c) => [c.arguments, c.result, c.this]));
add.mock.resetCalls();
console.log('after reset', add.mock.callCount(), add.name, add.length);

const thrower = mock.fn(() => { throw new TypeError('nope'); });
assert.throws(() => thrower(), TypeError);
console.log('recorded error', thrower.mock.calls[0].error.message);

const limited = mock.fn(() => 'original', () => 'mocked', { times: 2 });
console.log(limited(), limited(), limited());

class Point { constructor(x) { this.x = x; } }
const MockPoint = mock.fn(Point);
const p = new MockPoint(3);
console.log(p instanceof Point, p.x, typeof MockPoint.mock.calls[0].target);

const obj = {
  greet(name) { return `hi ${name}`; },
  get value() { return 1; },
  set value(v) { this.stored = v; },
};
const greet = mock.method(obj, 'greet', (name) => `mocked ${name}`);
console.log(obj.greet('a'), greet.mock.callCount());
mock.getter(obj, 'value', () => 42);
console.log('getter', obj.value);
mock.restoreAll();
console.log(obj.greet('b'), obj.value);

for (const bad of [
  () => mock.fn(1),
  () => mock.method(obj, 'nothing'),
  () => mock.method(null, 'x'),
  () => mock.fn(() => {}, () => {}, { times: 0 }),
]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}

{
  const t = { mock };
  const seen = [];
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
  setTimeout(() => seen.push(`timeout at ${Date.now()}`), 50);
  const interval = setInterval(() => seen.push(`interval at ${Date.now()}`), 30);
  t.mock.timers.tick(40);
  t.mock.timers.tick(40);
  clearInterval(interval);
  t.mock.timers.tick(100);
  seen.push(`now ${Date.now()} ${new Date().toISOString()}`);
  t.mock.timers.reset();
  try { t.mock.timers.tick(1); } catch (e) { seen.push(e.code); }
  console.log(seen);
  assert.notStrictEqual(Date.now(), 1180);
}
