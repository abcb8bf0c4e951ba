// Flags: --no-deprecation
// fail (every form), ifError, match / doesNotMatch.
'use strict';
const assert = require('assert');
function t(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(JSON.stringify(e.message));
    console.log(e.generatedMessage, e.code, e.operator, e.name, typeof e.actual, typeof e.expected);
  }
}
t(() => assert.fail());
t(() => assert.fail('x'));
t(() => assert.fail(undefined));
t(() => assert.fail(new TypeError('own')));
t(() => assert.fail(1, 2));
t(() => assert.fail(1, 2, undefined, '>'));
t(() => assert.fail(1, 2, 'mmm'));
t(() => assert.fail(1, 2, 'mmm', '>'));
t(() => assert.fail({ a: 1 }, [1], undefined, 'op'));
t(() => assert.ifError(new Error('e1')));
t(() => assert.ifError('str'));
t(() => assert.ifError(null));
t(() => assert.ifError(undefined));
t(() => assert.ifError(0));
t(() => assert.ifError(false));
t(() => assert.ifError({ message: 'obj msg' }));
t(() => assert.ifError(new TypeError('')));
t(() => assert.ifError({ a: 1 }));
try { assert.ifError(new Error('e2')); } catch (e) { console.log(e.actual instanceof Error, e.expected); }
t(() => assert.match('abc', /x/));
t(() => assert.match('abc', /b/));
t(() => assert.doesNotMatch('abc', /b/));
t(() => assert.doesNotMatch('abc', /x/));
t(() => assert.match(123, /x/));
t(() => assert.doesNotMatch(null, /x/));
t(() => assert.match('abc', 'abc'));
t(() => assert.match('abc', /x/, 'custom'));
t(() => assert.match('abc', /x/, new RangeError('own')));
t(() => assert.doesNotMatch('a\nb', /b/m));
t(() => assert.match('x'.repeat(100), /y/));
