// colorMode 'auto' colours only TTY streams; ignoreErrors swallows write errors.
'use strict';
const { Console } = require('console');
const plain = [];
const tty = [];
const p = { write(s) { plain.push(s); } };
const t = { write(s) { tty.push(s); }, isTTY: true };
new Console({ stdout: p, ignoreErrors: false }).log('%s', 'str');
new Console({ stdout: t, colorMode: false, ignoreErrors: false }).log('x');
new Console({ stdout: t, ignoreErrors: false }).clear();
new Console({ stdout: p, ignoreErrors: false }).clear();
console.log(JSON.stringify(plain), JSON.stringify(tty));

const bad = {
  write() { throw new Error('boom'); },
  once() {}, removeListener() {}, listenerCount() { return 0; },
};
new Console(bad).log('swallowed');
console.log('after ignored error');
try {
  new Console({ stdout: bad, ignoreErrors: false }).log('x');
} catch (e) {
  console.log('thrown:', e.message);
}
const calls = [];
const ev = {
  write(s, cb) { calls.push(`write ${JSON.stringify(s)} ${typeof cb}`); },
  once(e) { calls.push(`once ${e}`); },
  removeListener(e) { calls.push(`removeListener ${e}`); },
  listenerCount(e) { calls.push(`listenerCount ${e}`); return 0; },
};
new Console(ev).log('ev');
console.log(calls.join('\n'));
