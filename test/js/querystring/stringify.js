// querystring.stringify / escape / unescape: value types, arrays, nested
// objects, custom separators and encoder, the escaping table and errors.
'use strict';
const qs = require('querystring');
const show = (...args) => {
  let out;
  try { out = JSON.stringify(qs.stringify(...args)); } catch (e) { out = `${e.name} ${e.code}: ${e.message}`; }
  console.log(out);
};
show({ a: 1, b: 'x y', c: true, d: false, e: null, f: undefined, g: NaN, h: Infinity, i: -0, j: 10n, k: {}, l: [] });
show({ a: [1, 2, 'x'], b: [], c: [null, undefined, true, {}, 3n] });
show({ 'a b': 'c&d=e', 'é': '你好', emoji: '😀' });
show({ a: 1, b: 2 }, ';', ':');
show({ a: 1, b: 2 }, null, null);
show({ a: 'x y' }, null, null, { encodeURIComponent: (s) => `<${s}>` });
show({ a: [1, 2] }, '&&', '==', { encodeURIComponent: encodeURIComponent });
show('str');
show(5);
show(null);
show(undefined);
show([1, 2]);
show(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
show({ a: '\ud800' });
show({ '\udc00': 'a' });
show({ a: '\ud83d\ude00\ud83d' });
let all = '';
for (let i = 0; i < 128; i++) all += String.fromCharCode(i);
console.log(qs.escape(all));
console.log(qs.escape('\u00e9\u4f60\ud83d\ude00'));
for (const v of [5, null, undefined, true, { toString() { return 'o b'; } }, [1, 'a b'], 10n]) {
  try { console.log(JSON.stringify(qs.escape(v))); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const v of ['\ud800', 'a\udfff', '\ud800\ud800']) {
  try { console.log(qs.escape(v)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const v of ['a%20b', 'a+b', '%zz', '%E4%BD%A0', '%E4%BD', '%', '%C3%28', '%F0%9F%98', '%ED%A0%80', '%FF', 'abc%2', '%C3']) {
  console.log(JSON.stringify(v), JSON.stringify(qs.unescape(v)), JSON.stringify(qs.unescape(v, true)));
}
console.log(typeof qs.unescapeBuffer, Object.keys(qs).sort().join(','));
