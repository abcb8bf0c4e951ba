// deepStrictEqual's prototype rules (constructor fallback), URL objects,
// getters and other edge cases; util.isDeepStrictEqual agrees.
'use strict';
const assert = require('assert');
const util = require('util');
function t(a, b) {
  let r;
  try { assert.deepStrictEqual(a, b); r = 'pass'; } catch (e) { r = 'FAIL'; }
  console.log(r, util.isDeepStrictEqual(a, b));
}
t(Object.create({ x: 1 }), {});
t(Object.create({ x: 1 }), Object.create({ x: 1 }));
t(Object.create({ x: 1 }), Object.create({ x: 2 }));
t(Object.create(null), {});
t(Object.create({}), {});
class A {}
t(new A(), {});
t(Object.create(A.prototype), new A());
t(Object.create({ constructor: Object }), {});
function F() {}
t(new F(), {});
t(Object.create(Object.create(null)), {});
const A1 = class A {};
const A2 = class A {};
t(new A1(), new A2());
t(Object.create({ constructor: A1 }), Object.create({ constructor: A2 }));
t(Object.create({ constructor: A1 }), Object.create({ constructor: A1 }));
t(Object.create({ constructor: 5 }), Object.create({ constructor: 5 }));
t([], Object.setPrototypeOf([], { constructor: Array }));
t(new Date(0), Object.setPrototypeOf(new Date(0), { constructor: Date }));
t(Object.create(null), Object.create(Object.create(null)));
t(Object.create(Object.create(null)), Object.create(Object.create(null)));
const p1 = {};
Object.defineProperty(p1, 'constructor', { get() { return Object; } });
t(Object.create(p1), {});
t({ get a() { return 1; } }, { a: 1 });
t(Object.defineProperty({}, 'a', { get() { return 1; }, enumerable: true }), { a: 2 });
t(new Map([[NaN, 1]]), new Map([[NaN, 1]]));
t(new Map([[{ a: 1 }, { b: 1 }], [{ a: 1 }, { b: 2 }]]), new Map([[{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 1 }]]));
t(new Set([[1], [1]]), new Set([[1], [1]]));
t(new Set([[1], [2]]), new Set([[1], [1]]));
t([1, 2, 3].keys(), [1, 2, 3].keys());
t(new Float32Array([NaN]), new Float32Array([NaN]));
t(Buffer.from('abc'), Buffer.from('abc'));
t(Buffer.from('abc'), new Uint8Array([97, 98, 99]));
t(new BigInt64Array([1n]), new BigInt64Array([1n]));
t({ a: 1, b: { c: [1, 2, { d: new Map([[1, new Set([2])]]) }] } }, { a: 1, b: { c: [1, 2, { d: new Map([[1, new Set([2])]]) }] } });
t({ a: 1, b: { c: [1, 2, { d: new Map([[1, new Set([2])]]) }] } }, { a: 1, b: { c: [1, 2, { d: new Map([[1, new Set([3])]]) }] } });
const s = Symbol('s');
const nonEnumSym = {};
Object.defineProperty(nonEnumSym, s, { value: 1 });
t(nonEnumSym, {});
t(function f() {}, function f() {});
const fn = () => {};
t(fn, fn);
t({ fn }, { fn });
