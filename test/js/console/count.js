// count/countReset with the default label, custom labels and warnings.
'use strict';
console.count();
console.count();
console.count('x');
console.count('default');
console.countReset();
console.count();
console.count(null);
console.count(42);
console.countReset('x');
console.count('x');
console.countReset('missing');
console.log('done');
