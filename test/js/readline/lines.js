// Line splitting: \n, \r\n, lone \r, a \r\n split across chunks, a last line
// without newline at end, multi-byte characters split across chunks, and the
// order of 'line', 'pause', 'close'.
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');

function run(name, chunks, options, done) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, ...options });
  const seen = [];
  rl.on('line', (l) => seen.push(JSON.stringify(l)));
  rl.on('pause', () => seen.push('pause'));
  rl.on('close', () => {
    seen.push('close');
    console.log(name, seen.join(' '));
    done();
  });
  let i = 0;
  (function next() {
    if (i === chunks.length) return input.end();
    input.write(chunks[i++]);
    setImmediate(next);
  })();
}

const cases = [
  ['lf', ['a\nb\n', 'c\nd'], {}],
  ['crlf', ['a\r\nb\r\n'], {}],
  ['cr', ['a\rb\rc'], {}],
  ['split-crlf', ['a\r', '\nb\r', '\n'], { crlfDelay: Infinity }],
  ['mixed', ['x\n\ny\r\r\nz'], {}],
  ['utf8-split', [Buffer.from([0x61, 0xe2]), Buffer.from([0x98, 0x83, 0x0a])], {}],
  ['empty', [], {}],
  ['no-newline', ['only'], {}],
];
let k = 0;
(function go() {
  if (k === cases.length) return;
  const [name, chunks, opts] = cases[k++];
  run(name, chunks, opts, go);
})();
