// console.assert writes to stderr only when the assertion fails.
'use strict';
console.assert(true, 'not printed');
console.assert(1);
console.assert(false);
console.assert(0, 'msg');
console.assert(false, 'msg %s %d', 'fmt', 5);
console.assert(null, 5, 'x');
console.assert('', ['a']);
console.assert();
console.log('stdout still works');
