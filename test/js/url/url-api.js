// URL statics and shape: canParse, parse, toJSON, toString, property
// descriptors, brand checks and globals.
'use strict';
console.log(URL.canParse('http://a'), URL.canParse('a'), URL.canParse('a', 'http://b'), URL.canParse('a', 'b'));
console.log(URL.parse('x', 'http://h/y/z')?.href, URL.parse('nope'), URL.parse('http://a', undefined).href);
const u = new URL('https://u:p@h.com:8/a?b#c');
console.log(JSON.stringify({ u }), u.toString(), String(u), `${u}`);
console.log(Object.getOwnPropertyNames(URL.prototype).join(), Object.keys(URL).join());
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).join());
const d = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(Object.prototype.toString.call(u), Object.keys(u).length, URL.name, URL.length, URLSearchParams.length);
for (const f of [() => d.get.call({}), () => new URL(), () => URL.canParse(), () => new URL('x', 'y'), () => new URL('http://[x]')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message, e.input, e.base, Object.keys(e)); }
}
const g = Object.getOwnPropertyDescriptor(globalThis, 'URL');
console.log(g.enumerable, g.configurable, Object.keys(globalThis).includes('URLSearchParams'));
console.log(require('url').URL === URL, require('url').URLSearchParams === URLSearchParams);
console.log(new URL({ toString() { return 'http://obj/'; } }).href, new URL('/x', new URL('http://base/y')).href);
