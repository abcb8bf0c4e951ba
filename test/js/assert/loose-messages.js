// deepEqual / notDeepEqual / notDeepStrictEqual messages and their truncation.
'use strict';
const assert = require('assert');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.message); console.log(`[${e.generatedMessage} ${e.operator}]`); console.log('----'); } }
const big = Array.from({ length: 60 }, (_, i) => i);
t(() => assert.deepEqual({ a: 1 }, { a: 2 }));
t(() => assert.deepEqual(1, 2));
t(() => assert.deepEqual({ a: 1 }, { a: 2 }, 'custom'));
t(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
t(() => assert.notDeepEqual(1, '1'));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.notDeepStrictEqual(1, 1));
t(() => assert.notDeepStrictEqual([1, 2, 3], [1, 2, 3]));
const hundred = Array.from({ length: 100 }, (_, i) => i);
t(() => assert.notDeepStrictEqual(hundred, hundred.slice()));
t(() => assert.notDeepEqual(hundred, hundred.slice()));
t(() => assert.deepEqual(hundred, [...hundred, 1]));
t(() => assert.deepEqual('x'.repeat(600), 'y'));
const six = Array.from({ length: 600 }, (_, i) => i);
t(() => assert.notDeepEqual(six, six.slice()));
t(() => assert.notStrictEqual(hundred, hundred));
