// time/timeLog/timeEnd: durations checked with a pattern; warnings via process.emitWarning.
'use strict';
const { Console } = require('console');
const lines = [];
const c = new Console({ stdout: { write(s) { lines.push(s); } }, ignoreErrors: false });
c.time();
c.time('x');
c.timeLog('x', 'extra', 1);
c.timeEnd('x');
c.timeEnd();
c.timeLog();
const re = [
  /^x: \d+(\.\d+)?ms extra 1\n$/,
  /^x: \d+(\.\d+)?ms\n$/,
  /^default: \d+(\.\d+)?ms\n$/,
];
console.log('lines', lines.length);
lines.forEach((l, i) => console.log(i, re[i] && re[i].test(l) ? 'pass' : `fail ${JSON.stringify(l)}`));
console.time('dup');
console.time('dup');
console.timeEnd('nope');
console.timeLog('nope');
console.time(null);
c.time({});
console.log('sync done');
process.on('warning', (w) => console.log('warning event:', w.name, w.message));
