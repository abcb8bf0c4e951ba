// console.table over objects keyed by name, Maps and Sets.
'use strict';
console.table({ r1: { a: 1 }, r2: { b: 2 }, r3: 7 });
console.table({ a: [1, 2] });
const arr = [1, 2];
arr.extra = 'e';
console.table(arr);
console.table(new Map([['k', 1], ['k2', 2]]));
console.table(new Set([1, 'a']));
console.table([{ s: 'abc', n: -5, big: 12345678 }]);
