// emitKeypressEvents: plain keys, ctrl and meta keys, arrows and function
// keys with modifiers, sequences split across chunks, and a lone ESC that
// becomes the escape key after the timeout.
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
const keys = [];
input.on('keypress', (s, k) => keys.push([s, k]));
const show = (label) => {
  console.log(label);
  for (const [s, k] of keys) console.log(' ', JSON.stringify(s), JSON.stringify(k));
  keys.length = 0;
};
input.write('aZ.1 \t\r\n\x7f\x01\x1bx\x1bB');
show('plain');
input.write('\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1b[3~\x1b[1;5C\x1b[2A\x1bOP\x1b[15~\x1b[Z\x1b[31m');
show('escapes');
for (const ch of '\x1b[1;3D') input.write(ch);
show('split');
input.write('é☃😀');
show('unicode');
input.write('\x1b');
show('lone escape before timeout');
setTimeout(() => show('lone escape after timeout'), 700);
