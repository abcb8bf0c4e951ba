// deepStrictEqual / deepEqual / notDeep* messages: line diffs with context,
// skipped lines, comma-insensitive matching, long-output truncation.
'use strict';
const assert = require('assert');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.message); console.log(`[${e.generatedMessage} ${e.operator}]`); console.log('----'); } }
const a = Array.from({ length: 40 }, (_, i) => i);
t(() => assert.deepStrictEqual(a, a.map((i) => (i === 20 ? -1 : i))));
t(() => assert.deepStrictEqual(a, a.map((i) => (i === 5 || i === 30 ? -1 : i))));
t(() => assert.deepStrictEqual(a, a.map((i) => (i === 5 || i === 12 ? -1 : i))));
t(() => assert.deepStrictEqual(a, a.map((i) => (i === 0 ? -1 : i))));
t(() => assert.deepStrictEqual(a, a.map((i) => (i === 39 ? -1 : i))));
t(() => assert.deepStrictEqual(a, a.map((i) => (i < 30 ? -i : i))));
t(() => assert.deepStrictEqual(a.slice(0, 10), a.map((i) => (i === 5 ? -1 : i)).slice(0, 10)));
t(() => assert.deepStrictEqual(a.slice(0, 12), a.map((i) => (i === 6 ? -1 : i)).slice(0, 12)));
t(() => assert.deepStrictEqual(a.slice(0, 13), a.map((i) => (i === 7 ? -1 : i)).slice(0, 13)));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
t(() => assert.deepStrictEqual([1, 2, 3, 4], [1, 2, 3]));
t(() => assert.deepStrictEqual({ b: 1, a: 2 }, { b: 1, a: 3 }));
t(() => assert.deepStrictEqual([1, 2, 3], [4, 5, 6]));
t(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, c: 3 }));
t(() => assert.deepStrictEqual({ a: 1, c: 3 }, { a: 1, b: 2, c: 3 }));
t(() => assert.deepStrictEqual([{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 3 }]));
t(() => assert.deepStrictEqual(new Error('x'), Object.assign(new Error('x'), { code: 1 })));
t(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
t(() => assert.deepStrictEqual({ get a() { return 1; } }, { a: 2 }));
class Foo { constructor() { this.x = 1; } }
t(() => assert.deepStrictEqual(new Foo(), { x: 1 }));
t(() => assert.deepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 2 }])));
t(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
t(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t(() => assert.deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }));
t(() => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
t(() => assert.deepStrictEqual(1, 2));
t(() => assert.deepStrictEqual(1, '1'));
t(() => assert.deepStrictEqual(0, -0));
t(() => assert.deepStrictEqual([0], [-0]));
t(() => assert.deepStrictEqual([], {}));
t(() => assert.deepStrictEqual({}, []));
t(() => assert.deepStrictEqual(1, {}));
t(() => assert.deepStrictEqual(Object.create(null), {}));
t(() => assert.deepStrictEqual(new Date(0), new Date(1)));
t(() => assert.deepStrictEqual(/a/g, /a/i));
t(() => assert.deepStrictEqual('abc', 'abd'));
t(() => assert.deepStrictEqual([1, [2, [3]]], [1, [2, [4]]]));
t(() => assert.deepStrictEqual({ x: 'a'.repeat(80) }, { x: 'b' }));
t(() => assert.deepStrictEqual([1, , 3], [1, undefined, 3])); // eslint-disable-line no-sparse-arrays
t(() => assert.deepStrictEqual(new Number(1), new Number(2)));
t(() => assert.deepStrictEqual(Symbol('a'), Symbol('a')));
t(() => assert.deepStrictEqual({ a: Symbol('a') }, { a: Symbol('a') }));
t(() => assert.deepStrictEqual(new WeakMap(), new WeakMap()));
t(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 8, 9]));
t(() => assert.deepStrictEqual([1], ['1']));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
const big = Array.from({ length: 60 }, (_, i) => i);
t(() => assert.strictEqual(big, big.slice()));
t(() => assert.strictEqual(big, big.slice(), 'cm'));
