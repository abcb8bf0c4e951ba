// rejects / doesNotReject, AssertionError construction and shape, module shape.
'use strict';
const assert = require('assert');
const util = require('util');
function show(e) { console.log(JSON.stringify(e.message)); console.log(e.name, e.code, e.generatedMessage, e.operator); }
(async () => {
  for (const f of [
    () => assert.rejects(Promise.resolve(1)),
    () => assert.rejects(Promise.resolve(1), 'msg'),
    () => assert.rejects(Promise.reject(new Error('e')), TypeError),
    () => assert.rejects(() => Promise.reject(new Error('e')), {message: 'x'}),
    () => assert.rejects(() => 5),
    () => assert.rejects(5),
    () => assert.rejects(() => { throw new Error('sync'); }),
    () => assert.doesNotReject(Promise.reject(new Error('e'))),
    () => assert.doesNotReject(() => Promise.reject(new Error('e')), 'msg'),
    () => assert.doesNotReject(() => 5),
    () => assert.doesNotReject(5),
    () => assert.rejects(Promise.reject(new Error('e')), Error),
  ]) {
    try { await f(); console.log('resolved'); } catch (e) { show(e); }
  }
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  show(e); console.log(e.actual, e.expected, Object.keys(e));
  console.log(String(e).split('\n')[0]);
  const e2 = new assert.AssertionError({ message: 'hi' });
  show(e2); console.log(Object.keys(e2), e2.actual, e2.expected, e2.operator);
  const e3 = new assert.AssertionError({ actual: 1, expected: 2, operator: 'foo' });
  show(e3);
  try { new assert.AssertionError(); } catch (err) { show(err); }
  try { new assert.AssertionError('x'); } catch (err) { show(err); }
  console.log(Object.getOwnPropertyNames(e).sort(), Object.getOwnPropertyDescriptor(e, 'generatedMessage'));

  console.log(Object.keys(assert).sort().join());
  console.log(assert.strict === assert.strict.strict, assert.strict.equal === assert.strictEqual, assert.strict.deepEqual === assert.deepStrictEqual, assert.strict.notEqual === assert.notStrictEqual);
  console.log(require('assert/strict') === assert.strict);
  console.log(typeof assert.CallTracker, assert.AssertionError.name, assert.AssertionError.prototype instanceof Error);
  console.log(assert.AssertionError.length, assert.ok.length, assert.throws.length, assert.deepStrictEqual.name, assert.strict.name, assert.name);
})();
