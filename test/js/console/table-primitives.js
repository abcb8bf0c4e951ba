// console.table with non-object data logs it; wide characters keep the columns aligned.
'use strict';
console.table(5);
console.table('plain string');
console.table(null);
console.table(undefined);
console.table([{ 'é中': '日本語', a: 'xy' }]);
console.table([{ name: 'a' }, { name: 'a much longer value' }]);
