// strictEqual / notStrictEqual / equal / notEqual messages, including the
// short "a !== b" form, the stacked form with a caret and custom messages.
'use strict';
const assert = require('assert');
function t(f) {
  try { f(); console.log('no throw'); } catch (e) {
    console.log(JSON.stringify(e.message));
    console.log(e.generatedMessage, e.code, e.operator, e.name);
  }
}
t(() => assert.strictEqual(1, 2));
t(() => assert.strictEqual('a', 'b'));
t(() => assert.strictEqual('a\nb', 'a\nc'));
t(() => assert.strictEqual({ a: 1 }, { a: 1 }));
t(() => assert.strictEqual({ a: 1 }, { a: 2 }));
t(() => assert.strictEqual([1, 2, 3], [1, 2, 4]));
t(() => assert.strictEqual([], []));
t(() => assert.strictEqual({}, {}));
t(() => assert.notStrictEqual(1, 1));
t(() => assert.notStrictEqual({ a: 1 }, { a: 1 }));
const o = { a: 1 };
t(() => assert.notStrictEqual(o, o));
t(() => assert.notStrictEqual(NaN, NaN));
t(() => assert.strictEqual(NaN, NaN));
t(() => assert.equal(1, 2));
t(() => assert.equal({ a: 1 }, { a: 1 }));
t(() => assert.equal(NaN, NaN));
t(() => assert.equal(1, '1'));
t(() => assert.equal(null, undefined));
t(() => assert.notEqual(1, '1'));
t(() => assert.notEqual(NaN, NaN));
t(() => assert.notEqual(1, 2));
t(() => assert.strictEqual(1, 2, 'custom'));
t(() => assert.strictEqual(1, 2, new TypeError('boom')));
t(() => assert.strictEqual(1, 2, { a: 1 }));
t(() => assert.strictEqual(1, 2, 5));
t(() => assert.equal(1, 2, 'custom'));
t(() => assert.notStrictEqual(1, 1, 'custom'));
t(() => assert.strictEqual('a'.repeat(100), 'b'));
t(() => assert.strictEqual('a'.repeat(10), 'b'.repeat(10)));
t(() => assert.strictEqual('abc\ndef\nghi', 'abc\ndxf\nghi'));
t(() => assert.strictEqual(1, '1'));
t(() => assert.strictEqual(NaN, 0));
t(() => assert.strictEqual(0, -0));
t(() => assert.strictEqual(-0, 0));
t(() => assert.strictEqual(null, undefined));
t(() => assert.strictEqual(Symbol('a'), Symbol('a')));
t(() => assert.strictEqual(1n, 1));
t(() => assert.strictEqual(function f() {}, function f() {}));
t(() => assert.strictEqual(function f() {}, function g() {}));
t(() => assert.strictEqual(undefined, 1));
t(() => assert.strictEqual(1, undefined));
t(() => assert.strictEqual(true, false));
t(() => assert.strictEqual('', ' '));
t(() => assert.strictEqual('a'.repeat(50), 'a'.repeat(49) + 'b'));
t(() => assert.strictEqual('a'.repeat(30), 'a'.repeat(29) + 'b'));
t(() => assert.strictEqual(12345, 123456));
t(() => assert.strictEqual('test', 'test2'));
t(() => assert.strictEqual('abcdefgh', 'abcdefgi'));
t(() => assert.strictEqual(1, {}));
t(() => assert.strictEqual(new Date(0), new Date(0)));
t(() => assert.strictEqual([1, 2, 3].join('\n'), [1, 2, 4].join('\n')));
t(() => assert.strictEqual(1));
t(() => assert.notStrictEqual());
t(() => assert.equal());
t(() => assert.strictEqual(1, 1));
