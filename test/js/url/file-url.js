// fileURLToPath / pathToFileURL (posix and windows option), urlToHttpOptions,
// domainToASCII / domainToUnicode and url.format(URL, options).
'use strict';
const url = require('url');
process.chdir('/tmp');
const t = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code}: ${e.message}`; } };
for (const s of ['file:///a/b%20c', 'file:///a%2fb', 'file://host/a', 'file://localhost/x', 'http://a/b', 'file:///C:/x/y',
  'file:///%E4%BD%A0', 'file:///a%2Fb', 'file:///a?b#c', new URL('file:///u%25'), 5, null]) {
  console.log(String(s), t(() => url.fileURLToPath(s)), t(() => url.fileURLToPath(s, { windows: true })));
}
for (const p of ['/a/b c', '/a/b/', 'rel/x', '/a%b#c?d', '/a\\b', '/é/你', '/a\nb\tc\r', '', '.', 'C:\\x\\y', '\\\\srv\\share\\f', '\\\\?\\UNC\\s\\h\\f', '\\\\srv']) {
  console.log(JSON.stringify(p), t(() => url.pathToFileURL(p).href), t(() => url.pathToFileURL(p, { windows: true }).href));
}
console.log(t(() => url.pathToFileURL(5)));
console.log(url.urlToHttpOptions(new URL('https://u%20x:p@[::1]:81/a?b#c')));
console.log(url.urlToHttpOptions(new URL('http://h/')));
for (const d of ['xn--iñvalid.com', 'español.com', 'EXAMPLE.com', 'xn--ls8h.la', '1.2.3', '[::1]', '', 'a b', 'ß.de', '☃.net', 'xn--zca.de']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
const u = new URL('http://user:pw@xn--ls8h.la:8/p?q#f');
console.log(url.format(u), url.format(u, { fragment: false, unicode: true, auth: false, search: false }));
console.log(url.format(new URL('file:///x')), url.format(new URL('sc:x')), url.format(new URL('sc://h')));
console.log(t(() => url.format(5)), t(() => url.format(u, 'x')));
