// url.format of objects and url.resolve of relative references (RFC 3986
// examples and node's quirks).
'use strict';
const url = require('url');
const objs = [{ protocol: 'http', host: 'a.com', pathname: 'x' }, { protocol: 'http:', hostname: 'a.com', port: 8, pathname: '/x', search: 'q' },
  { protocol: 'https', hostname: '::1', port: 8 }, { protocol: 'mailto', auth: 'us er', host: 'b.com' }, { pathname: '/a?b#c', hash: 'h' },
  { query: { a: [1, 2], b: 'c d' }, pathname: '/p' }, { protocol: 'file', pathname: '/etc' }, { protocol: 'file:', slashes: true, pathname: 'x' },
  { protocol: 'foo', slashes: true, host: 'h' }, { host: 'h', pathname: 'p' }, { search: '?s', query: { ignored: 1 } }, {}];
for (const o of objs) console.log(JSON.stringify(o), url.format(o));
console.log(url.format('http://A.com/b c'));
const base = 'http://a/b/c/d;p?q';
for (const r of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../',
  '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
  'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'https:g', 'mailto:x']) {
  console.log(JSON.stringify(r), url.resolve(base, r));
}
for (const [a, b] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['mailto:a@b', 'c'],
  ['http://a/b', '//c/d'], ['file:///a/b', '../c'], ['foo:bar', 'baz'], ['http://u:p@a/b', 'http://c/d'], ['http://a', '?x'], ['', 'x']]) {
  console.log(a, b, url.resolve(a, b));
}
const r = url.resolveObject('http://a/b', 'c?d');
console.log(r instanceof url.Url, r.href, r.path);
