// console.dir with options, dirxml.
'use strict';
console.dir({ a: 1, b: 'two' });
console.dir('a string');
console.dir(42, { depth: 0 });
console.dir([1, 2, 3]);
console.dir({ a: 1 }, { colors: false });
console.dirxml('x', 1, [2]);
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; }, plain: 1 }.plain);
