// new Console over objects with a write method.
'use strict';
const { Console } = require('console');
const out = [];
const err = [];
const stdout = { write(s) { out.push(s); } };
const stderr = { write(s) { err.push(s); } };
const c = new Console({ stdout, stderr, ignoreErrors: false, groupIndentation: 4 });
c.log('hello %s', 'world');
c.info(1, 2);
c.debug('dbg');
c.warn('warned');
c.error('err', 3);
c.group('g');
c.log('a\nb');
c.error('e');
c.groupEnd();
c.count('k');
c.assert(false, 'bad');
c.dirxml('x');
c.clear();
console.log(JSON.stringify(out));
console.log(JSON.stringify(err));

const both = [];
const only = new Console({ stdout: { write(s) { both.push(s); } }, ignoreErrors: false });
only.log('o');
only.error('e');
console.log(JSON.stringify(both));

const legacy = [];
const l = new Console({ write(s) { legacy.push(`1:${s}`); } }, { write(s) { legacy.push(`2:${s}`); } }, false);
l.log('L');
l.warn('W');
console.log(JSON.stringify(legacy));

const noNew = Console({ stdout, ignoreErrors: false });
noNew.log('no new');
console.log(JSON.stringify(out[out.length - 1]));
console.log(noNew instanceof Console, console instanceof Console, {} instanceof Console);
const { log } = noNew;
log('bound');
console.log(JSON.stringify(out[out.length - 1]), log.name);
console.log(typeof console.Console, require('console').Console === Console, require('console') === console);
