// console.table with the properties filter, and its validation.
'use strict';
console.table([{ a: 1, b: 2 }], ['b']);
console.table([{ a: 1, b: 2 }], []);
console.table([{ a: 1 }], ['a', 'zz']);
console.table([1, { a: 1 }], ['a']);
console.table([[1, 2]], ['1']);
console.table({ x: 'y' }, ['nope']);
try {
  console.table([], 'x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
