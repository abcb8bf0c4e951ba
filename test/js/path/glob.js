// path.matchesGlob for posix and win32: wildcards, globstar, dots, braces,
// brackets, extglobs and separators.
'use strict';
const path = require('path');
const cases = [
  ['a/.b', 'a/*'], ['.a', '*'], ['.a', '.*'], ['a/b/c.js', '**/*.js'], ['c.js', '**/*.js'],
  ['a/.x/c.js', '**/*.js'], ['A.JS', '*.js'], ['a\\b', 'a/b'], ['a/b', 'a\\*'], ['abc', 'a?c'],
  ['a/b', 'a?b'], ['x.js', '*.{js,ts}'], ['x.md', '*.{js,ts}'], ['a1', 'a{1..3}'], ['a4', 'a{1..3}'],
  ['ab', '+(a|b)'], ['ac', 'a!(b)'], ['ab', 'a!(b)'], ['a', '[!b]'], ['b', '[!b]'], ['a/b/', 'a/b'],
  ['a/b', 'a/b/'], ['/a', '/*'], ['a', './a'], ['./a', 'a'], ['a//b', 'a/b'], ['ab', '[[:alpha:]]b'],
  ['1b', '[[:alpha:]]b'], ['a.js', '!(*.ts)'], ['#a', '#a'], ['!a', '!a'], ['a/b/c', 'a/**'],
  ['a', 'a/**'], ['a/b', '**'], ['x/../a', '*/../a'], ['a/b/c/d', 'a/**/d'], ['a/d', 'a/**/d'],
  ['a/b/c/d', 'a/*/d'], ['abc', '*c'], ['abc', 'a*'], ['abc', '*b*'], ['', '*'], ['', ''],
  ['a', ''], ['src/x/y.test.js', 'src/**/*.test.js'], ['b-c', '[a-c]-c'], ['d-c', '[a-c]-c'],
  ['a.b', 'a.b'], ['a+b', 'a+b'], ['a(b', 'a(b'], ['x.ts', '@(*.js|*.ts)'], ['x', '?(x)'],
  ['', '?(x)'], ['xx', '*(x)'], ['/a/b', '/**/b'], ['C:\\a\\b.js', 'C:/**/*.js'], ['a/b', 'a/{b,c}'],
  ['a/c', 'a/{b,{c,d}}'], ['a/e', 'a/{b,{c,d}}'], ['[', '['], ['a]', 'a]'], ['a', '[a'], ['*', '\\*'],
];
for (const [p, g] of cases) {
  console.log(JSON.stringify(p), JSON.stringify(g), path.posix.matchesGlob(p, g), path.win32.matchesGlob(p, g));
}
for (const bad of [[1, '*'], ['a', null], [undefined, undefined]]) {
  try { path.matchesGlob(...bad); } catch (e) { console.log(e.code, e.message); }
}
