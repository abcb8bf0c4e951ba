// url.parse with and without parseQueryString/slashesDenoteHost, and the
// DEP0169/DEP0170 warnings.
'use strict';
const url = require('url');
const inputs = ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://WWW.EXAMPLE.COM/A/B', '//some_path', '//host/path',
 '/foo/bar?baz=1', 'foo/bar', 'http://x.com/path?that\'s#all, folks', 'http://a.com:8a/x', 'http://a b.com/', 'http://a\\b\\c?d\\e',
 'mailto:foo@bar.com', 'javascript:alert(1)', 'file:///etc/passwd', 'file://C:/x', 'http://[::1]:80/x', 'http://[fe80::1]', 'HTTP://ÉXAMPLE.com',
 'http://ex ample.com/', 'http://a.com/<>"`{}|^\'', 'http://user@a.com', 'http://@a.com', 'http://a@b@c/d', 'http://%41@a.com',
 'https://a.com?x', 'https://a.com#x', 'http:/a', 'http:a', 'ftp://a', 'xmpp:isaacschlueter@jabber.org', 'a:b', '?q=1', '#h', '',
 '  http://trim.com/  ', 'http://a.com/\tb', 'http://a.com/%zz', 'http://www.ÆØÅ.com/', 'http://a_b-c.x+y.com/', 'http://a.com:/x',
 'http://a.com:80', 'sc://a.com/x', 'http://x:1/?a=1&b=2&a=3', 'http://x.com/a//b/../c', 'git+ssh://git@github.com:npm/npm',
 'http://a.' + 'x'.repeat(70) + '.com/', 'http://-a.com/', 'http://a.com./', 'http://a;b/', 'http://a%b/', 'http://a..com/'];
for (const s of inputs) {
  try {
    const u = url.parse(s);
    console.log(JSON.stringify(s), JSON.stringify(u), u.constructor.name);
    const q = url.parse(s, true);
    console.log('  q', JSON.stringify(q.query), q.search, Object.getPrototypeOf(q.query) === null);
    const sd = url.parse(s, false, true);
    console.log('  sd', sd.host, sd.pathname, sd.href);
  } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message); }
}
