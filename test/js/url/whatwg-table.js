// new URL(input, base) over a table of inputs: href, origin and every
// component, or the error code (special schemes, IPv4/IPv6, IDNA, file URLs).
'use strict';
const cases = [['http://example.com'], ['HTTP://EXAMPLE.COM/A?B#C'], ['http://user:pass@host:8080/p/a/t/h?query=string#hash'],
 ['//foo/bar', 'http://x'], ['/a/../b/./c', 'http://h/x/y'], ['?q', 'http://h/p?x#f'], ['#f', 'http://h/p?x'], ['', 'http://h/p?x#f'],
 ['file:///C:/x/../..'], ['file://localhost/etc'], ['file:c:\\foo\\bar.html', 'file:///tmp/mock/path'], ['\\\\server\\file', 'file:///tmp'],
 ['http://[::1]:80/'], ['http://[1:0:0:0:0:0:0:1]/'], ['http://[1:0:0:2:0:0:0:1]/'], ['http://[::ffff:1.2.3.4]/'], ['http://[1::2::3]/'],
 ['http://0x7f.0.0.1/'], ['http://017700000001/'], ['http://4294967295/'], ['http://4294967296/'], ['http://1.2.3.4.5/'], ['http://1.2.3.09/'],
 ['http://foo.09/'], ['http://foo.0x/'], ['mailto:a@b.c'], ['javascript:alert(1)'], ['data:text/plain,hi there'], ['blob:https://a.com/uuid'],
 ['blob:foo'], ['non-spec:/.//p'], ['non-spec:/..//p'], ['sc://ñ.com/x'], ['sc://a b/'], ['sc://[::1]/'], ['http://a:b@/'], ['http://@a/'],
 ['http:/\\/\\a/b'], ['http:a/b', 'http://h/c/d'], ['https:a/b', 'http://h/c/d'], ['ws://a:80/', null], ['wss://a:443/'], ['ftp://a:21/'],
 ['http://a:65536/'], ['http://a:0/'], ['http://a:00080/'], ['http://a:8a/'], ['  http://a/ b\t\n  '], ['http://a/%zz%41'],
 ['http://a/é?é#é'], ['http://EXAMPLE.com./'], ['http://a/./../..'], ['http://a/%2e%2E/x'], ['file:///C|/x'], ['file://host/C:/x'],
 ['file:/C:/../x'], ['..', 'file:///C:/'], ['/x', 'file:///D:/y'], ['C|', 'file:///D:/y'], ['x', 'about:blank'], ['#x', 'about:blank'],
 ['http://\u0000a/'], ['http://a\u0000/'], ['http://a<b/'], ['http://a%00b/'], ['http://xn--/'], ['http://xn--zca.de/'], ['http://ab--c.com'],
 ['http://☃.net/'], ['http://Ｇｏ.com'], ['http://%ef%bc%a7%ef%bd%8f.com'], ['http://a.b.c.d.e/'], ['http://[0:0::0:0:8]'], ['http://[::]/'],
 ['http://[::1.2.3.]/'], ['http://[0:0:0:0:0:0:13.1.68.3]'], ['https://x/\ud800'], ['http://a?b#c d'], ['http://a/?\'', 'http://x'], ['sc:/?\''],
 ['foo://', null], ['foo:', null], ['foo:////x'], ['http://1.1.1.1.1'], ['http://09.1'], ['http://0.0.0.0.'], ['http://0..0x300/'],
 ['http://256/'], ['http://999999999999/'], ['http://0xffffffff1/'], ['http://a/\\b\\c'], ['sc://a/\\b'], ['HtTp://a/'], ['h:/x'],
];
for (const [input, base] of cases) {
  try {
    const u = base === undefined || base === null ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([input, base]), '|', u.href, '|', u.origin, '|', u.protocol, u.username, u.password, u.host, u.hostname, u.port, '|', u.pathname, '|', u.search, '|', u.hash);
  } catch (e) {
    console.log(JSON.stringify([input, base]), 'ERR', e.code, e.input === input, e.base);
  }
}
