// The ANSI sequences of cursorTo/moveCursor/clearLine/clearScreenDown, their
// callbacks and argument errors, and readline/promises' Readline.
'use strict';
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

let data = '';
const w = new Writable({ write(c, e, cb) { data += c; cb(); } });
const show = (label, r) => { console.log(label, JSON.stringify(data), r); data = ''; };

show('cursorTo x', readline.cursorTo(w, 3));
show('cursorTo xy', readline.cursorTo(w, 3, 5));
show('moveCursor', readline.moveCursor(w, -2, 4));
show('moveCursor2', readline.moveCursor(w, 2, -4));
show('moveCursor0', readline.moveCursor(w, 0, 0));
show('clearLine-1', readline.clearLine(w, -1));
show('clearLine1', readline.clearLine(w, 1));
show('clearLine0', readline.clearLine(w, 0));
show('clearScreenDown', readline.clearScreenDown(w));
show('null stream', readline.cursorTo(null, 1));
readline.cursorTo(null, 1, () => console.log('cb on null stream'));
readline.moveCursor(w, 1, 1, (err) => console.log('moveCursor cb', err));
for (const f of [
  () => readline.cursorTo(w, NaN),
  () => readline.cursorTo(w, 1, NaN),
  () => readline.cursorTo(w, undefined, 2),
  () => readline.cursorTo(w, 1, 2, 'x'),
  () => readline.clearLine(w, 0, null),
  () => new Readline({}),
  () => new Readline(w).cursorTo(1.5),
  () => new Readline(w).clearLine(2),
  () => new Readline(w, { autoCommit: 1 }),
  () => readline.createInterface({ input: w, completer: 5 }),
  () => readline.createInterface({ input: w, historySize: -1 }),
  () => readline.createInterface({ input: w, history: 'x' }),
  () => readline.createInterface({ input: w, escapeCodeTimeout: '50' }),
  () => readline.createInterface({ input: w, tabSize: 0 }),
]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
data = '';
(async () => {
  const r = new Readline(w);
  r.cursorTo(0).moveCursor(3, -1).clearLine(0).clearScreenDown().cursorTo(2, 7);
  console.log('before commit', JSON.stringify(data));
  await r.commit();
  console.log('committed', JSON.stringify(data));
  data = '';
  r.clearLine(1).rollback();
  await r.commit();
  console.log('after rollback', JSON.stringify(data));
})();
