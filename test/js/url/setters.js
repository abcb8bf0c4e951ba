// URL setters (protocol, username, password, host, hostname, port, pathname,
// search, hash, href) following the standard's state overrides.
'use strict';
const show = (u) => console.log(u.href, '|', u.host, '|', u.pathname, '|', u.search, '|', u.hash);
const cases = [
  ['http://a/b', 'protocol', 'https'], ['http://a/b', 'protocol', 'ftp:'], ['http://a/b', 'protocol', 'foo'], ['foo://a/b', 'protocol', 'http'],
  ['http://a:8080/', 'protocol', 'https'], ['https://a:443/', 'protocol', 'http'], ['http://u@a/', 'protocol', 'file'], ['file:///x', 'protocol', 'http'],
  ['http://a/b', 'protocol', 'h t'], ['http://a/b', 'protocol', 'HTTPS:x'], ['mailto:x', 'protocol', 'foo'],
  ['http://a/', 'username', 'us er@:'], ['http://a/', 'password', 'p@ss:w/rd'], ['file:///x', 'username', 'u'], ['mailto:x', 'password', 'p'],
  ['http://a/', 'host', 'b.com:81'], ['http://a/', 'host', 'b.com:'], ['http://a:90/', 'host', 'c'], ['http://a/', 'host', ''],
  ['http://a/', 'host', 'x/y'], ['http://a/', 'host', '[::1]:8'], ['http://a/', 'host', 'ÉX.com'], ['sc://a/', 'host', ''], ['file://h/x', 'host', 'localhost'],
  ['http://a/', 'host', 'b:99999'], ['mailto:x', 'host', 'y'], ['http://a/', 'hostname', 'b:81'], ['http://a/', 'hostname', '0x7f.1'],
  ['http://a/', 'hostname', 'a b'], ['http://a/', 'port', '81'], ['http://a/', 'port', '80'], ['http://a:81/', 'port', ''], ['http://a/', 'port', '8a'],
  ['http://a/', 'port', 'a8'], ['http://a/', 'port', '65536'], ['http://a/', 'port', '  1'], ['file:///x', 'port', '1'], ['http://a/', 'port', 12.7],
  ['http://a/b', 'pathname', 'x y/../z'], ['http://a/b', 'pathname', ''], ['http://a/b', 'pathname', '?#'], ['sc://a/b', 'pathname', ''],
  ['sc:x', 'pathname', 'y'], ['file:///C:/x', 'pathname', '..'], ['http://a/b', 'pathname', '\\c\\d'],
  ['http://a/b?c', 'search', 'x y#z'], ['http://a/b?c', 'search', ''], ['http://a/b?c', 'search', '?'], ['http://a/b', 'search', "'"], ['sc://a/b', 'search', "'"],
  ['http://a/b#c', 'hash', 'x y#z'], ['http://a/b#c', 'hash', ''], ['http://a/b', 'hash', '#'], ['sc:a b #c', 'hash', ''], ['sc:a b ?c', 'search', ''],
  ['http://a/', 'href', 'https://b/c?d#e'], ['http://a/', 'href', 'not a url'],
];
for (const [input, prop, value] of cases) {
  const u = new URL(input);
  try {
    u[prop] = value;
    process.stdout.write(`${input} .${prop}=${JSON.stringify(value)} -> `);
    show(u);
  } catch (e) {
    console.log(`${input} .${prop}=${JSON.stringify(value)} -> ${e.name} ${e.code} ${e.message}`);
  }
}
