// partialDeepStrictEqual: subsets of objects, arrays in order, Sets, Maps.
'use strict';
const assert = require('assert');
function t(a, b) {
  try { assert.partialDeepStrictEqual(a, b); console.log('pass'); } catch (e) {
    console.log(e.code === 'ERR_ASSERTION' ? `FAIL ${JSON.stringify(e.message)} ${e.operator} ${e.generatedMessage}` : e.message);
  }
}
t([1, 2, 3], [1, 3]); t([1, 2, 3], [3, 1]); t([1, 2, 3], [2]); t([1, 1, 2], [1, 1]); t([1, 2], [1, 1]); t([1, 2, 1], [1, 1]);
t([{ a: 1, b: 2 }, { c: 3 }], [{ c: 3 }]); t([{ a: 1, b: 2 }, { c: 3 }], [{ a: 1 }]);
t([1, 2, 3], []); t({ a: [1, 2, 3] }, { a: [1, 2] }); t({ a: 1 }, {}); t({}, { a: undefined });
t(new Set([{ a: 1, b: 2 }]), new Set([{ a: 1 }])); t(new Map([[1, 2], [3, 4]]), new Map([[3, 4]])); t(new Map([[1, 2]]), new Map([[1, 3]]));
t([1, 2, 3], { 0: 1 }); t(Object.create(null), {}); t(new Date(1), new Date(1)); t(new Date(1), new Date(2));
t('a', 'a'); t(NaN, NaN); t(0, -0); t([0], [-0]);
t(new Error('x'), new Error('x')); t(Object.assign(new Error('x'), { c: 1 }), new Error('x'));
t(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2])); t(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]));
t([1, [2, 3]], [[2]]); t([3, 1, 2], [1, 2]); t([3, 1, 2], [2, 1]);
t({ a: 1, [Symbol.for('s')]: 2 }, { [Symbol.for('s')]: 2 });
t([1, 2, 3], [1, 2, 3, 4]);
t(/a/g, /a/g); t(/a/g, /a/);
class A {}
t(new A(), {}); t({}, new A());
t({ a: 1, b: 2 }, { a: 1 });
t({ a: 1, b: 2 }, { a: 2 });
t(new Set([1, 2]), new Set([2]));
t(new Set([1, 2]), new Set([3]));
t(new Map([[1, { a: 1, b: 2 }]]), new Map([[1, { a: 1 }]]));
t(1, 1); t(1, 2);
t({ a: { b: 1, c: 2 } }, { a: { b: 2 } });
t({ a: { b: { c: [1, 2, { d: 4, e: 5 }] } } }, { a: { b: { c: [{ e: 5 }] } } });
try { assert.partialDeepStrictEqual(1); } catch (e) { console.log(e.code, e.message); }
try { assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }, 'custom'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
