// util.inspect of AssertionError: actual/expected shown at depth 0, long
// strings shortened; toString and the stack's first line.
'use strict';
const assert = require('assert');
const util = require('util');
const cases = [
  ['x'.repeat(600), 'y'],
  [Array.from({ length: 15 }, (_, i) => `l${i}`).join('\n'), 'z'],
  [{ a: { b: { c: { d: 1 } } } }, 1],
  [[1, 2, 3], [1, 2]],
];
for (const [a, b] of cases) {
  try { assert.strictEqual(a, b); } catch (e) {
    console.log(e.stack.split('\n')[0]);
    console.log(e.toString().split('\n')[0]);
    e.stack = 'STACK';
    console.log(util.inspect(e));
  }
}
try { assert.deepStrictEqual({ a: 1 }, { a: 2 }); } catch (e) {
  e.stack = 'STACK';
  console.log(util.inspect(e));
}
const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 'm' });
console.log(JSON.stringify(err.message), err.generatedMessage, err.name, Object.keys(err));
console.log(err instanceof Error, err instanceof assert.AssertionError, Object.prototype.toString.call(err));
