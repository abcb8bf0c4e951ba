// deepEqual / deepStrictEqual / notDeep* truth table, second half.
'use strict';
const assert = require('assert');
const util = require('util');

const sym = Symbol('s');
const circA = { name: 'c' }; circA.self = circA;
const circB = { name: 'c' }; circB.self = circB;
const circC = { name: 'c', self: { name: 'c' } }; circC.self.self = circC;
const arrA = [1]; arrA.push(arrA);
const arrB = [1]; arrB.push(arrB);
const objKey1 = { k: 1 };
const objKey2 = { k: 1 };
const holey = [1, , 3]; // eslint-disable-line no-sparse-arrays
const withProp = [1, 2]; withProp.extra = true;
const re1 = /a/g; const re2 = /a/g; re2.lastIndex = 3;
const err1 = new Error('x'); const err2 = new Error('x');
const errCause1 = new Error('x', { cause: 1 }); const errCause2 = new Error('x', { cause: 2 });
const errCause3 = new Error('x', { cause: 1 });
const agg1 = new AggregateError([new Error('a')], 'm');
const agg2 = new AggregateError([new Error('b')], 'm');
const agg3 = new AggregateError([new Error('a')], 'm');
const d1 = new Date(0); const d2 = new Date(0); d2.extra = 1;
class Foo { constructor() { this.a = 1; } }
class Bar { constructor() { this.a = 1; } }
const wm = new WeakMap();
const ws = new WeakSet();
const p = Promise.resolve(1);
p.catch(() => {});

const pairs = [
  ['Map equal', new Map([[1, 'a']]), new Map([[1, 'a']])], ['Map value', new Map([[1, 'a']]), new Map([[1, 'b']])],
  ['Map key loose', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['Map object keys', new Map([[objKey1, 1]]), new Map([[objKey2, 1]])],
  ['Map object keys differ', new Map([[objKey1, 1]]), new Map([[{ k: 2 }, 1]])],
  ['Map order', new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]])],
  ['Map size', new Map([[1, 1]]), new Map()],
  ['Set equal', new Set([1, 2]), new Set([2, 1])], ['Set differ', new Set([1, 2]), new Set([1, 3])],
  ['Set loose', new Set([1]), new Set(['1'])], ['Set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  ['Set objects differ', new Set([{ a: 1 }]), new Set([{ a: 2 }])],
  ['Set NaN', new Set([NaN]), new Set([NaN])],
  ['Set vs Map', new Set(), new Map()],
  ['Uint8Array equal', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['Uint8Array differ', new Uint8Array([1, 2]), new Uint8Array([1, 3])],
  ['Uint8 vs Int8', new Uint8Array([1]), new Int8Array([1])],
  ['Float64 0/-0', new Float64Array([0]), new Float64Array([-0])],
  ['Float64 NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['ArrayBuffer equal', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer],
  ['ArrayBuffer differ', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer],
  ['DataView', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  ['typed array extra prop', Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1)],
  ['WeakMap distinct', new WeakMap(), new WeakMap()], ['WeakMap same', wm, wm],
  ['WeakSet distinct', new WeakSet(), new WeakSet()], ['WeakSet same', ws, ws],
  ['Promise distinct', Promise.resolve(1), Promise.resolve(1)], ['Promise same', p, p],
  ['class instances', new Foo(), new Bar()], ['class vs plain', new Foo(), { a: 1 }],
  ['null proto vs plain', Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
  ['functions distinct', function f() {}, function f() {}],
  ['arguments vs array', (function () { return arguments; })(1), [1]],
  ['fake Date', new Date(0), Object.setPrototypeOf({}, Date.prototype)],
  ['nested differ', { a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 3 }] } }],
  ['nested equal', { a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } }],
];

for (const [name, a, b] of pairs) {
  const row = [];
  for (const fn of ['deepEqual', 'deepStrictEqual', 'notDeepEqual', 'notDeepStrictEqual']) {
    try {
      assert[fn](a, b);
      row.push(`${fn}:ok`);
    } catch (e) {
      row.push(`${fn}:${e.code}`);
    }
  }
  row.push(`isDeepStrictEqual:${util.isDeepStrictEqual(a, b)}`);
  console.log(`${name}: ${row.join(' ')}`);
}
