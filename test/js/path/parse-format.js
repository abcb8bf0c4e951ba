// path.parse / path.format round trips, posix and win32.
'use strict';
const path = require('path');
const winPaths = ['C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\\\index', 'another_path\\DIR with spaces\\1\\2\\33\\index',
  '\\', '\\foo\\C:', 'file', 'file:stream', '.\\file', 'C:', 'C:.', 'C:..', 'C:abc', 'C:\\', 'C:\\abc', '',
  '\\\\server\\share\\file_path', '\\\\server two\\shared folder\\file path.zip', '\\\\teela\\admin$\\system32',
  '\\\\?\\UNC\\server\\share', '\\\\server\\share', '\\\\server\\share\\', 'C:\\foo\\..', '\\\\.\\pipe\\x', 'C:/a/b.c/'];
const posixPaths = ['/home/user/dir/file.txt', '/home/user/a dir/another File.zip', '/home/user/a dir//another&File.',
  '/home/user/a$$$dir//another File.zip', 'user/dir/another File.zip', 'file', '.\\file', './file', 'C:\\foo', '/', '',
  '.', '..', '/foo', '/foo.', '/foo.bar', '/.', '/.foo', '/.foo.bar', '/foo/bar.baz', '/..', '//..', '/../', 'a/..', '///a///'];
for (const p of winPaths) {
  const o = path.win32.parse(p);
  console.log('win32', JSON.stringify(p), JSON.stringify(o), JSON.stringify(path.win32.format(o)));
}
for (const p of posixPaths) {
  const o = path.posix.parse(p);
  console.log('posix', JSON.stringify(p), JSON.stringify(o), JSON.stringify(path.posix.format(o)));
}
const objs = [{ dir: 'some/dir' }, { base: 'index.html' }, { root: '/' }, { name: 'index', ext: '.html' },
  { dir: 'some/dir', name: 'index', ext: '.html' }, { root: '/', name: 'index', ext: '.html' }, {},
  { name: 'x', ext: 'png' }, { root: '/', dir: '/', base: 'a' }, { root: 'C:\\', dir: 'C:\\', base: 'a' },
  { dir: 'x', base: 'b', name: 'n', ext: '.e' }, { root: '/x/', base: 'a' }, { name: 'n', ext: '' }, { ext: '.e' }];
for (const o of objs) console.log(JSON.stringify(o), JSON.stringify(path.posix.format(o)), JSON.stringify(path.win32.format(o)));
for (const bad of [null, undefined, 'x', 1, true]) {
  try { path.format(bad); } catch (e) { console.log(e.code, e.message); }
}
const proto = Object.getPrototypeOf(path.parse('/a'));
console.log(proto === Object.prototype);
