// deepEqual / deepStrictEqual / notDeep* truth table over many value pairs.
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
  ['1 vs 1', 1, 1], ['1 vs "1"', 1, '1'], ['NaN vs NaN', NaN, NaN], ['0 vs -0', 0, -0],
  ['null vs undefined', null, undefined], ['null vs null', null, null], ['"" vs 0', '', 0],
  ['true vs 1', true, 1], ['1n vs 1', 1n, 1], ['sym vs sym', sym, sym],
  ['Symbol() vs Symbol()', Symbol('a'), Symbol('a')],
  ['{} vs {}', {}, {}], ['{a:1} vs {a:"1"}', { a: 1 }, { a: '1' }],
  ['{a:1,b:2} vs {b:2,a:1}', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['{a:undefined} vs {}', { a: undefined }, {}], ['{a:undefined} vs {b:undefined}', { a: undefined }, { b: undefined }],
  ['[] vs {}', [], {}], ['[1,2] vs [1,2]', [1, 2], [1, 2]], ['[1,2] vs [2,1]', [1, 2], [2, 1]],
  ['holey vs undefined', holey, [1, undefined, 3]], ['array extra prop', withProp, [1, 2]],
  ['[0] vs [-0]', [0], [-0]], ['[NaN] vs [NaN]', [NaN], [NaN]],
  ['symbol key', { [sym]: 1 }, { [sym]: 2 }], ['symbol key missing', { [sym]: 1 }, {}],
  ['non-enumerable', Object.defineProperty({}, 'x', { value: 1 }), {}],
  ['circular same', circA, circB], ['circular different period', circA, circC],
  ['circular arrays', arrA, arrB],
  ['Date equal', new Date(0), new Date(0)], ['Date differ', new Date(0), new Date(1)],
  ['Date extra prop', d1, d2], ['invalid dates', new Date(NaN), new Date(NaN)],
  ['Date vs object', new Date(0), {}],
  ['RegExp equal', /a/g, /a/g], ['RegExp flags', /a/g, /a/i], ['RegExp source', /a/, /b/],
  ['RegExp lastIndex', re1, re2],
  ['Error equal', err1, err2], ['Error message', new Error('x'), new Error('y')],
  ['Error name', new Error('x'), new TypeError('x')],
  ['Error cause differ', errCause1, errCause2], ['Error cause equal', errCause1, errCause3],
  ['Error cause missing', errCause1, new Error('x')],
  ['AggregateError differ', agg1, agg2], ['AggregateError equal', agg1, agg3],
  ['Number boxes', new Number(1), new Number(1)], ['Number boxes differ', new Number(1), new Number(2)],
  ['String box vs prim', new String('a'), 'a'], ['String boxes', new String('a'), new String('a')],
  ['Boolean boxes', new Boolean(false), new Boolean(false)], ['Number box vs String box', new Number(1), new String('1')],
  ['Symbol boxes', Object(sym), Object(sym)], ['BigInt boxes', Object(1n), Object(2n)],
  ['boxed -0', new Number(0), new Number(-0)],
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
