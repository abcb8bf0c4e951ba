// path.win32: resolve, normalize, join, relative, dirname, basename,
// isAbsolute, toNamespacedPath including UNC, drive-relative and device paths.
'use strict';
const path = require('path');
process.chdir('/tmp');
const w = path.win32;
const show = (name, args) => {
  let out;
  try { out = JSON.stringify(w[name](...args)); } catch (e) { out = `${e.name} ${e.code}: ${e.message}`; }
  console.log(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')}) = ${out}`);
};
for (const a of [['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/ignore', 'c:/some/file'],
  ['d:/ignore', 'd:some/dir//'], ['.'], ['//server/share', '..', 'relative\\'], ['c:/', '//'], ['c:/', '//dir'],
  ['c:/', '//server/share'], ['c:/', '//server//share'], ['c:/', '///some//dir'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'],
  ['a'], ['C:a'], ['\\\\.\\pipe\\x', '..'], ['\\\\?\\C:\\x', '..\\..']]) show('resolve', a);
for (const a of ['./fixtures///b/../b/c.js', '/foo/../../../bar', 'a//b//../b', 'a//b//./c', 'a//b//.', '//server/share/dir/file.ext',
  '/a/b/c/../../../x/y/z', 'C:', 'C:..\\abc', 'C:..\\..\\abc\\..\\def', 'C:\\.', 'file:stream', 'bar\\foo..\\..\\', 'bar\\foo..\\..',
  'bar\\foo..\\..\\baz', 'bar\\foo..\\', 'bar\\foo..', '..\\foo..\\..\\..\\bar', '..\\...\\..\\.\\...\\..\\..\\bar',
  '../../../foo/../../../bar', '../../../foo/../../../bar/../../', '../foobar/barfoo/foo/../../../bar/../../',
  '../.../../foobar/../../../bar/../../baz', '\\\\.\\foo', '\\\\.\\foo\\', 'test/../C:/Windows', 'test/../C:Windows',
  './upload/../C:/Windows', './upload/../C:x', 'test/../??/D:/Test', 'test/C:/../../F:/', 'test/C:foo/../../F:/',
  'test/C:/../../F:', 'test/C:foo/../../F:', 'C:\\\\a', '\\\\', '\\\\a', '\\\\a\\', '\\\\a\\b', '\\\\a\\b\\', 'con', 'con:', 'CON:x',
  'conx', 'con\\', 'com1:\\x', 'aux:.', 'nul.txt', 'a:b', 'ab:', 'a\\b:', ':', '::', '', '/', '\\', 'c:/', 'c:\\\\']) show('normalize', [a]);
for (const a of [['.', 'x/b', '..', '/b/c.js'], [], ['/.', 'x/b', '..', '/b/c.js'], ['//foo', 'bar'], ['//foo/', 'bar'],
  ['//foo', '/bar'], ['\\\\foo', 'bar'], ['//', 'foo/bar'], ['//', '/foo/bar'], ['\\\\', '/', '/foo/bar'], ['//', '//foo/bar'],
  ['///', 'foo/bar'], ['//', '', '//foo/bar'], ['', '//', 'foo'], ['c:', 'file'], ['d:', '/file'], ['c:/', 'file'],
  ['C:', 'con:x'], ['a', 'con:'], ['con:', 'b'], ['x', 'con:/..'], ['..', 'con:'], ['a', 'b:'], ['a/', '/b:', '//c'],
  ['.', 'C:x'], ['a', 'b\\con:x'], ['//server', 'share']]) show('join', a);
for (const a of [['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'],
  ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'],
  ['C:\\baz', 'C:\\baz-quux'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['\\\\foo\\baz', '\\\\foo\\baz-quux'], ['C:\\baz', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', 'C:\\baz'], ['a', 'b'], ['', '']]) show('relative', a);
for (const a of ['c:\\', 'c:\\foo', 'c:\\foo\\', 'c:\\foo\\bar', 'c:\\foo\\bar\\', 'c:\\foo\\bar\\baz', 'c:\\foo bar\\baz', '\\', '\\foo',
  '\\foo\\', '\\foo\\bar', 'c:', 'c:foo', 'c:foo\\', 'c:foo\\bar', '\\\\unc\\share', '\\\\unc\\share\\foo', '\\\\unc\\share\\foo\\',
  '\\\\unc\\share\\foo\\bar', '/a/b/', '/a/b', '/a', '', '/', '////', 'foo', '\\\\?\\C:\\x']) show('dirname', [a]);
for (const a of [['\\dir\\basename.ext'], ['\\basename.ext'], ['basename.ext'], ['basename.ext\\'], ['basename.ext\\\\'], ['foo'],
  ['aaa\\bbb', '\\bbb'], ['aaa\\bbb', 'a\\bbb'], ['aaa\\bbb', 'bbb'], ['aaa\\bbb\\\\\\\\', 'bbb'], ['aaa\\bbb', 'bb'], ['aaa\\bbb', 'b'],
  ['C:'], ['C:.'], ['C:\\'], ['C:\\dir\\base.ext'], ['C:\\basename.ext'], ['C:basename.ext'], ['C:basename.ext\\'], ['C:foo'],
  ['file:stream'], ['a', 'a'], ['C:a', 'a']]) show('basename', a);
for (const a of ['.\\', '..\\', 'file.ext\\', 'file.ext\\\\', 'file\\', 'file.\\', 'C:.x', 'C:a.b', 'a\\b.c\\d']) show('extname', [a]);
for (const a of ['/', '//', '//server', '//server/file', '\\\\server\\file', '\\\\', 'c', 'c:', 'c:\\', 'c:/', 'c://', 'C:/Users/',
  'C:\\Users\\', 'C:cwd/another', 'directory/directory', 'directory\\directory', '']) show('isAbsolute', [a]);
for (const a of ['', 'C:\\foo', 'C:/foo', '\\\\foo\\bar', '//foo//bar', '\\\\?\\foo', '\\\\?\\c:\\Windows/System', 'c:\\', 'c:',
  'foo', '\\\\.\\pipe\\x', 'C:\\a\\..\\b', null, 5]) show('toNamespacedPath', [a]);
console.log(w.sep, w.delimiter, w.win32 === w, w.posix === path.posix);
