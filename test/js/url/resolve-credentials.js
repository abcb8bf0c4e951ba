// url.resolve drops the base's credentials when the target names another host, also for mailto:.
const url = require('url');
for (const [a, b] of [['mailto:user@example.org', 'mailto:another.host.com'], ['http://a/b/c', 'mailto:x@y'], ['mailto:a@b', 'c'], ['javascript:alert(1)', 'x'], ['http://example.com/', 'mailto:u@h']]) console.log(a, b, '->', url.resolve(a, b));
