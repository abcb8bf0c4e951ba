// console.table over arrays of objects, arrays of arrays, mixed primitives.
'use strict';
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table([1, 'two', { a: 1 }]);
console.table([{ b: 1, 1: 2 }, { c: 3, 0: 4 }]);
console.table([1, , 3]);
console.table([{ a: 1 }, 5]);
console.table([null, undefined, 7, 'x', true]);
console.table([]);
console.table({});
