'use strict';
const util = require('util');
const { inspect } = util;
const log = (v) => console.log(inspect(v));
// primitives
[1, -0, 0, NaN, Infinity, -Infinity, 1.5, 123n, true, false, undefined, null, '', 'abc',
 "it's", 'say "hi" it\'s', 'a\'b"c`d', 'a\'b"c${x}`', 'tab\there', 'nl\nx', '\x00\x07\x1b\x7f\x85',
 'back\\slash', '\ud83d', '😀', Symbol('s'), Symbol(), Symbol.iterator].forEach(log);
// objects
log({});
log({ a: 1, b: 'two', c: [3], d: { e: null } });
log({ 'a-b': 1, 'c d': 2, 3: 'x', _ok: 4, $no: 5, '': 6 });
log({ a: { b: { c: { d: 1 } } } });
log({ a: { b: { c: {} } } });
log([[[[1]]]]);
log([[[]]]);
log({ a: [{ b: { c: 1 } }] });
log([]);
log([1, 2, 3]);
log([1, , 3]);
log([, , , 1, , ]);
log(new Array(5));
log(Object.assign([1, 2], { extra: true }));
log(Array.from({ length: 101 }, (_, i) => i));
log(Array.from({ length: 200 }, (_, i) => i * 3));
log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
log(Array.from({ length: 10 }, (_, i) => -i * 1000));
log([1, 2, 3, 4, 5, 6, 7]);
log(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
log([1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n]);
log({ longString: 'x'.repeat(100) });
log('y'.repeat(100));
log('line one is here\nline two is here\nline three is here and it is rather long, really long');
log({ k: 'line one is here\nline two is here\nline three is here and it is rather long, really long' });
log({ a: 'aaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbbbbbbb', c: 'cccccccccccccccccccccc', d: 1 });
log({ a: 'aaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbbbbbbb', c: 'ccccccccccccccccccc' });
log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }]);
log({ x: [{ y: [{ z: 1 }] }] });
// circular
const circ = { name: 'c' }; circ.self = circ; log(circ);
const c2 = { a: {} }; c2.a.parent = c2; c2.b = [c2.a]; log(c2);
const arr = [1]; arr.push(arr); log(arr);
const m1 = { x: {} }, m2 = { y: m1 }; m1.x.back = m2; m1.x.self = m1.x; log(m1);
// classes
class Foo {} log(new Foo());
class Bar { constructor() { this.x = 1; } } log(new Bar());
class Baz extends Map {} log(new Baz([[1, 2]]));
class Arr extends Array {} log(Arr.from([1, 2]));
log(Object.create(null));
const np = Object.create(null); np.a = 1; log(np);
log(Object.create(Object.create(null)));
class Tagged { get [Symbol.toStringTag]() { return 'TG'; } } log(new Tagged());
log({ [Symbol.toStringTag]: 'own' });
const tagObj = {}; Object.defineProperty(tagObj, Symbol.toStringTag, { value: 'Hidden' }); log(tagObj);
// functions
log(function named() {});
log(() => {});
log(async function af() {});
log(function* gen() {});
log(async function* ag() {});
log(class A {});
log(class extends Foo {});
log(class B extends Foo {});
const fp = function withProps() {}; fp.a = 1; log(fp);
log(Object.setPrototypeOf(function nop() {}, null));
log(Math.max);
log({ f() {}, g: () => 1 });
// symbols as keys
log({ [Symbol('k')]: 1, [Symbol()]: 2, [Symbol('a b')]: 3, normal: 4 });
const hiddenSym = {}; Object.defineProperty(hiddenSym, Symbol('h'), { value: 1, enumerable: false }); log(hiddenSym);
console.log(inspect(hiddenSym, { showHidden: true }));
// getters/setters
const gs = { get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} };
log(gs);
console.log(inspect(gs, { getters: true }));
console.log(inspect({ get o() { return { deep: true }; }, get n() { return null; } }, { getters: true }));
console.log(inspect(gs, { getters: 'get' }));
console.log(inspect(gs, { getters: 'set' }));
const boom = new Error('boom'); boom.stack = 'Error: boom'; console.log(inspect({ get t() { throw boom; } }, { getters: true }));
// boxed
log(new Number(3)); log(new Number(-0)); log(new String('abc')); log(new Boolean(false));
log(Object(Symbol('bx'))); log(Object(10n));
const bs = new String('hi'); bs.extra = 1; log(bs);
class MyNum extends Number {} log(new MyNum(4));
// dates & regexps
log(new Date(0)); log(new Date(NaN)); log(/ab+c/gi); log(new RegExp('a/b'));
const rx = /x/; rx.prop = 1; log(rx);
const dt = new Date(86400000); dt.foo = 'bar'; log(dt);
class MyDate extends Date {} log(new MyDate(0));
// collections
log(new Map()); log(new Set()); log(new Map([['a', 1], [{ b: 2 }, [3]]]));
log(new Set([1, 'two', [3]])); log(new WeakMap()); log(new WeakSet());
const mp = new Map([[1, 2]]); mp.extra = 'y'; log(mp);
log(new Map([[new Map([[1, new Map([[2, new Map()]])]]), 'v']]));
log(new Set(Array.from({ length: 120 }, (_, i) => i)));
// typed arrays, buffers
log(new Uint8Array([1, 2, 3])); log(new Float64Array(2)); log(new Int16Array(0));
log(new BigInt64Array([1n, -2n])); log(new Uint8Array(120));
log(new ArrayBuffer(2)); log(new Uint8Array([0, 1, 255, 16]).buffer);
log(new ArrayBuffer(0)); log(new ArrayBuffer(60));
log(new DataView(new ArrayBuffer(3), 1));
console.log(inspect(new Uint8Array([5, 6]), { showHidden: true }));
log({ buf: new ArrayBuffer(3), ta: new Int32Array([7]) });
// arguments, misc
log((function () { return arguments; })());
log((function () { return arguments; })(1, 'a'));
log(globalThis.Math === Math ? 'math' : 'no');
log([undefined, null, NaN]);
log({ __proto__: { inherited: 1 }, own: 2 });
const pk = {}; Object.defineProperty(pk, '__proto__', { value: 1, enumerable: true }); log(pk);
log([new Error('in array').message]);
log({ a: 1n, b: -0, c: [-0] });
log(new (class extends Object {})());
const anon = new (class {})(); log(anon);
