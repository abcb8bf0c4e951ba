// Round trips through every encoding, including non-ASCII and astral text.
'use strict';
const samples = ['', 'hello', 'héllo wörld', '€uro', '😀 smile', 'a\u0000b', 'ÿ\u00ff\u0100', 'x'.repeat(100) + 'é'.repeat(60)];
const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex'];
for (const s of samples) {
  for (const enc of encodings) {
    const b = Buffer.from(s, enc);
    console.log(enc, JSON.stringify(s.slice(0, 20)), b.length, b.toString('hex').slice(0, 60), JSON.stringify(b.toString(enc).slice(0, 30)));
  }
}
for (const s of samples) {
  const b = Buffer.from(s);
  console.log(b.toString('base64'), b.toString('base64url'), Buffer.from(b.toString('base64'), 'base64').equals(b), Buffer.from(b.toString('base64url'), 'base64url').equals(b));
  console.log(b.toString('latin1').length, b.toString('ascii').length, b.toString('ucs2').length);
}
for (const enc of [...encodings, 'utf16', 'UTF-16LE', 'Binary', 'foo', '', null, undefined, 1]) {
  console.log(String(enc), Buffer.isEncoding(enc));
}
console.log(Buffer.byteLength('héllo'), Buffer.byteLength('héllo', 'latin1'), Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('ab', 'ucs2'), Buffer.byteLength('😀'), Buffer.byteLength('\ud800'), Buffer.byteLength('x', 'bogus'));
console.log(Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new ArrayBuffer(9)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new DataView(new ArrayBuffer(5))));
try { Buffer.byteLength(5); } catch (e) { console.log(e.code, e.message); }
try { Buffer.from('x', 'bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from('x').toString('bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
// large inputs go through the Java codecs
const big = 'abcé€😀'.repeat(5000);
const bb = Buffer.from(big);
console.log(bb.length, bb.toString() === big, Buffer.from(bb.toString('base64'), 'base64').equals(bb), Buffer.from(bb.toString('hex'), 'hex').equals(bb));
console.log(Buffer.from(big, 'ucs2').toString('ucs2') === big, Buffer.from(big, 'latin1').toString('latin1').length, bb.toString('ascii').length);
