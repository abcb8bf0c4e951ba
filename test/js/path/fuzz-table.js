// Every path function on pseudo-random paths built from tricky tokens
// (separators, dots, drive letters, UNC parts, device names), posix and win32.
'use strict';
const path = require('path');
process.chdir('/tmp');
let seed = 7;
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const toks = ['/', '\\', '.', '..', 'a', 'bb', 'C:', ':', 'c', '.x', 'con', '//', '\\\\', '?', 'srv', 'sh'];
const gen = () => { let s = ''; const n = Math.floor(rnd() * 7); for (let i = 0; i < n; i++) s += toks[Math.floor(rnd() * toks.length)]; return s; };
const r = (f) => { try { return JSON.stringify(f()); } catch (e) { return `E${e.code}`; } };
for (let k = 0; k < 400; k++) {
  const a = gen(), b = gen(), c = gen();
  for (const flav of ['posix', 'win32']) {
    const p = path[flav];
    console.log([flav, JSON.stringify(a), JSON.stringify(b), JSON.stringify(c),
      r(() => p.resolve(a, b)), r(() => p.normalize(a)), r(() => p.join(a, b, c)), r(() => p.relative(a, b)),
      r(() => p.dirname(a)), r(() => p.basename(a)), r(() => p.basename(a, b)), r(() => p.extname(a)),
      r(() => p.parse(a)), r(() => p.isAbsolute(a)), r(() => p.toNamespacedPath(a)),
      r(() => p.format(p.parse(a)))].join(' | '));
  }
}
