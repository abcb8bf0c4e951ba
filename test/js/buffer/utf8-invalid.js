// Invalid UTF-8 decodes with WHATWG replacement like node (maximal subparts).
'use strict';
const cases = [
  [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xc2, 0x41], [0xe0, 0x80, 0x80], [0xe0, 0xa0],
  [0xe0, 0xa0, 0x41], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xef, 0xbf, 0xbd], [0xf0, 0x80, 0x80, 0x80],
  [0xf0, 0x90, 0x80], [0xf0, 0x90, 0x80, 0x41], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80], [0xff], [0xfe, 0xff], [0x41, 0xe2, 0x82], [0xe2, 0x82, 0xac, 0xe2], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xc3, 0xa9, 0xa9], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0xbc], [0xf0, 0x90, 0x28, 0xbc],
];
for (const c of cases) {
  const b = Buffer.from(c);
  const s = b.toString();
  console.log(b.toString('hex'), JSON.stringify(s), s.length, [...s].map((x) => x.codePointAt(0).toString(16)).join(' '));
}
// the same inside a long buffer (Java path)
const long = Buffer.concat([Buffer.from('x'.repeat(100)), Buffer.from(cases.flat()), Buffer.from('y'.repeat(100))]);
const text = long.toString();
console.log(text.length, text.slice(100, -100).split('').map((c) => c.charCodeAt(0).toString(16)).join(' '));
// lone surrogates encode as EF BF BD
for (const s of ['\ud800', '\udc00', 'a\ud800b', '\udbff\udfff', '\udc00\ud800', '\ud83d']) {
  console.log(JSON.stringify(s), Buffer.from(s).toString('hex'), Buffer.byteLength(s));
}
console.log(Buffer.from('\ud800'.repeat(50) + 'x').toString('hex').length);
const { isUtf8, isAscii } = require('buffer');
for (const c of [[], [0x41], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80]]) {
  console.log(c.join(','), isUtf8(Buffer.from(c)), isAscii(Buffer.from(c)), isUtf8(new Uint8Array(c).buffer));
}
console.log(isUtf8(Buffer.alloc(1000, 'é')), isAscii(Buffer.alloc(1000, 'a')), isAscii(Buffer.concat([Buffer.alloc(999, 'a'), Buffer.from([0x80])])));
try { isUtf8('x'); } catch (e) { console.log(e.code, e.message); }
try { isAscii(null); } catch (e) { console.log(e.code, e.message); }
