// path.posix: the classic cases for each function.
'use strict';
const path = require('path');
process.chdir('/tmp');
const p = path.posix;
const show = (name, args) => {
  let out;
  try { out = JSON.stringify(p[name](...args)); } catch (e) { out = `${e.name} ${e.code}: ${e.message}`; }
  console.log(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')}) = ${out}`);
};
for (const a of [[], ['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['a/b/c/', '../../..'],
  ['.'], ['/some/dir', '.', '/absolute/'], ['/foo/tmp.3/', '../tmp.3/cycles/root.js'], ['', ''], ['/', '..']]) show('resolve', a);
for (const a of ['./fixtures///b/../b/c.js', '/foo/../../../bar', 'a//b//../b', 'a//b//./c', 'a//b//.', '/a/b/c/../../../x/y/z',
  '///..//./foo/.//bar', 'bar/foo../../', 'bar/foo../..', 'bar/foo../../baz', 'bar/foo../', 'bar/foo..', '../foo../../../bar',
  '../.../.././.../../../bar', '../../../foo/../../../bar', '../../../foo/../../../bar/../../', '../foobar/barfoo/foo/../../../bar/../../',
  '../.../../foobar/../../../bar/../../baz', '/../../..', '', '.', './', '..', '../', '//']) show('normalize', [a]);
for (const a of [['.', 'x/b', '..', '/b/c.js'], [], ['/.', 'x/b', '..', '/b/c.js'], ['/foo', '../../../bar'], ['foo', '../../../bar'],
  ['foo/', '../../../bar'], ['foo/x', '../../../bar'], ['foo/x', './bar'], ['foo/x/', './bar'], ['foo/x/', '.', 'bar'], ['./'],
  ['.', './'], ['.', '.', '.'], ['', ''], ['', 'foo'], ['foo', ''], ['', '/foo'], ['/', ''], ['/', '/'], ['', '', '/foo'],
  [' /foo'], [' ', 'foo'], ['/', '/', '/foo'], ['/', '//foo'], ['/', '', '/foo'], ['', '/', '/foo']]) show('join', a);
for (const a of [['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'],
  ['/var/', '/var/lib'], ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'], ['/Users/a/web/b/test/mails', '/Users/a/web/b'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['', ''], ['a', ''], ['', 'a'], ['a/b', 'a/c/d']]) show('relative', a);
for (const a of ['/a/b/', '/a/b', '/a', '', '/', '////', '//a', 'foo', 'a//b', 'a//b//', '/a//b']) show('dirname', [a]);
for (const a of [['/dir/basename.ext', '.ext'], ['basename.ext/', '.ext'], ['basename.ext//', '.ext'], ['aaa/bbb', '/bbb'],
  ['aaa/bbb', 'a/bbb'], ['aaa/bbb', 'bbb'], ['aaa/bbb//', 'bbb'], ['aaa/bbb', 'bb'], ['aaa/bbb', 'b'], ['/aaa/bbb', '/bbb'],
  ['/aaa/'], ['//a'], ['a', 'a'], ['\\dir\\basename.ext'], ['basename.ext\\\\'], ['foo'], ['/a/b/c.txt', 'c.txt'],
  ['a.b', ''], ['aaa/bbb//', '/bbb'], ['//', 'x']]) show('basename', a);
for (const a of ['', '/path/to/file', '/path/to/file.ext', '/path.to/file.ext', '/path.to/file', '/path.to/.file',
  '/path.to/.file.ext', '/path/to/f.ext', '/path/to/..ext', '/path/to/..', 'file', 'file.ext', '.file', '.file.ext', '/file',
  '/file.ext', '/.file', '/.file.ext', '.path/file.ext', 'file.ext.ext', 'file.', '.', './', '.file.ext', '.file', '.file.',
  '.file..', '..', '../', '..file.ext', '..file', '..file.', '..file..', '...', '...ext', '....', 'file.ext/', 'file.ext//',
  'file/', 'file//', 'file./', 'file.//', '.\\', '..\\', 'file.ext\\', 'file\\']) show('extname', [a]);
for (const a of ['/foo', '/foo/..', './baz', 'bar/baz', '', '.', '//x']) show('isAbsolute', [a]);
show('toNamespacedPath', ['/foo/bar']);
show('toNamespacedPath', [null]);
console.log(p.sep, p.delimiter, path === p, p.posix === p, p.win32 === path.win32, path.win32.posix === p);
console.log(Object.keys(path).join(','));
console.log(typeof path._makeLong, path._makeLong === path.toNamespacedPath);
