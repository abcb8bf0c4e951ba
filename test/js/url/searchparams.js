// URLSearchParams: constructors, every method, size, sort, iteration, the
// live binding with URL.search, serialization and errors.
'use strict';
const p = new URLSearchParams('?a=1&b=2&a=3&c=%20x+y&d');
console.log(p.toString(), p.size, p.get('a'), p.getAll('a'), p.get('zz'), p.has('a'), p.has('a', '3'), p.has('a', '4'));
p.append('e', 'f g&h'); p.set('a', 'z'); p.delete('b'); console.log(p.toString());
p.append('x', '1'); p.append('x', '2'); p.delete('x', '1'); console.log(p.toString());
const s = new URLSearchParams('z=1&a=2&b=3&a=1&\u00e9=1&\ud83d\ude00=2&\uffff=3');
s.sort(); console.log(s.toString(), [...s.keys()], [...s.values()]);
console.log([...new URLSearchParams([['a', 1], ['b', { toString() { return 'B'; } }]])]);
console.log(new URLSearchParams({ a: 1, b: [1, 2], c: undefined, d: null }).toString());
console.log(new URLSearchParams(new Map([['m', 'n']])).toString(), new URLSearchParams(p).toString() === p.toString());
console.log(new URLSearchParams('a=%zz&b=%E4&c=%F0%9F%98%80&+=+').toString(), [...new URLSearchParams('a=%zz&b=%E4')]);
const u = new URL('http://h/p?x=1');
const sp = u.searchParams;
sp.append('y', '2 3'); console.log(u.href, u.search);
u.search = '?q=9'; console.log(sp.get('q'), sp.get('x'), sp === u.searchParams);
sp.delete('q'); console.log(JSON.stringify(u.href), u.search);
u.href = 'http://k/?r=1'; console.log(sp.get('r'));
const all = []; for (let i = 0; i < 128; i++) all.push(String.fromCharCode(i));
console.log(new URLSearchParams([['k', all.join('')]]).toString());
sp.forEach(function (v, k, o) { console.log('forEach', v, k, o === sp, this.t); }, { t: 'T' });
for (const [k, v] of new URLSearchParams('a=1&b=2')) console.log(k, v);
const it = new URLSearchParams('a=1&b=2').entries();
console.log(Object.prototype.toString.call(it), it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(p), String(p) === p.toString());
const errs = [
  () => new URLSearchParams([['a']]), () => new URLSearchParams([1]), () => new URLSearchParams({ [Symbol.iterator]: 5 }),
  () => p.append('a'), () => p.set(), () => p.get(), () => p.getAll(), () => p.has(), () => p.delete(),
  () => p.forEach(5), () => URLSearchParams.prototype.get.call({}, 'a'), () => URLSearchParams.prototype.toString.call(1),
];
for (const f of errs) { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(new URLSearchParams(5).toString(), new URLSearchParams(null).toString(), new URLSearchParams(undefined).size, new URLSearchParams('').size);
