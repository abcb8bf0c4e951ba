// util.inspect of URL, URLSearchParams and their iterators.
'use strict';
const util = require('util');
const u = new URL('http://user:pw@a.com:81/b?c=1&d=2#e');
console.log(u);
console.log(util.inspect(u, { depth: 0 }));
console.log([new URL('file:///x')], { a: { b: { c: new URL('http://a') } } });
console.log(new URLSearchParams('a=1&b=2'), new URLSearchParams(), new URLSearchParams('x'.repeat(50) + '=' + 'y'.repeat(50)));
const it = new URLSearchParams('a=1&b=2').keys();
console.log(it, new URLSearchParams('a=1').values(), new URLSearchParams('a=1').entries());
it.next(); it.next(); console.log(it);
class MyURL extends URL {}
console.log(new MyURL('http://sub/'));
