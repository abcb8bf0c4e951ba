// querystring.parse: separators, duplicates, '+', bad escapes, maxKeys,
// custom separators and decodeURIComponent.
'use strict';
const qs = require('querystring');
const show = (...args) => {
  let out;
  try {
    const r = qs.parse(...args);
    out = `${Object.getPrototypeOf(r) === null ? 'null-proto' : 'proto'} ${JSON.stringify(r)}`;
  } catch (e) { out = `${e.name} ${e.code}: ${e.message}`; }
  console.log(JSON.stringify(args.slice(0, 3)), out);
};
for (const s of ['', 'a', 'a=', '=', '=a', '&', '&&', 'a&&b', 'a=1&a=2&a=3', 'a=1&b=2&a=3', 'a+b=c+d', 'a%20b=c%2Bd',
  'a=%', 'a=%zz', 'a=%E4%BD%A0', 'a=%E4%BD', 'a=%C0%80', 'a=%FF%FE', '%ZZ=1', 'a==b', 'a=b=c', '?a=1', 'a=1#x', 'a[]=1&a[]=2',
  '__proto__=1', 'constructor=2&toString=3', 'hasOwnProperty=x', 'a=%e2%82%ac', 'a=%e2%82', 'a=%F0%9F%98%80', 'a=%ED%A0%80',
  ' a = b ', 'a=1;b=2', 'a=\u00e9', '%=%', 'a%=1', 'a=%2', 'a=%%41', 'x=%41%', 'q=a+%2B+b', 'k&=v', 'x=1&&&y=2&']) show(s);
show('a:1;b:2;a:3', ';', ':');
show('a==1&&b==2', '&&', '==');
show('a=1&b=2', '', '');
show('a=1&b=2', null, null);
show('a=1|b=2', '|');
show('aXX1XbX2', 'X', 'XX');
show('a=1&b=2&c=3&d=4', null, null, { maxKeys: 2 });
show('a=1&b=2&c=3&d=4', null, null, { maxKeys: 0 });
show('a=1&b=2&c=3&d=4', null, null, { maxKeys: -1 });
show('a=1&b=2&c=3&d=4', null, null, { maxKeys: 'x' });
show('&&&a=1&b=2', null, null, { maxKeys: 2 });
show('a=%41&b=%zz', null, null, { decodeURIComponent: (s) => `<${s}>` });
show('a=b+c', null, null, { decodeURIComponent: (s) => `<${s}>` });
show('a=%41', null, null, { decodeURIComponent: () => { throw new Error('x'); } });
show('a=%41', null, null, { decodeURIComponent: 5 });
show(5);
show(null);
show({ toString() { return 'a=1'; } });
show(['a=1']);
const big = Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&');
console.log(Object.keys(qs.parse(big)).length, Object.keys(qs.parse(big, null, null, { maxKeys: 0 })).length);
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
