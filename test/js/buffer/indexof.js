// indexOf / lastIndexOf / includes with numbers, strings, buffers, offsets, encodings.
'use strict';
function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const b = Buffer.from('abcdef abcdef\u00e9 xyz');
const needles = ['a', 'abc', 'def a', '', 'zzz', 'é', 'xyz', 0x61, 97 + 256, -159, Buffer.from('bc'), new Uint8Array([0x20]), Buffer.alloc(0)];
const offsets = [undefined, 0, 1, 7, -3, -100, 100, 1.5, NaN, null, '2', {}];
for (const n of needles) {
  for (const o of offsets) {
    const label = `${typeof n === 'object' ? `buf(${n.toString()})` : JSON.stringify(n)} @${String(o)}`;
    t(label, () => [b.indexOf(n, o), b.lastIndexOf(n, o), b.includes(n, o)].join(' '));
  }
}
const u = Buffer.from('abcabc', 'ucs2');
t('ucs2 b', () => [u.indexOf('b', 0, 'ucs2'), u.lastIndexOf('b', undefined, 'ucs2'), u.indexOf('bc', 'ucs2'), u.indexOf(Buffer.from('b\u0000'), 0, 'ucs2')].join(' '));
t('ucs2 odd', () => Buffer.from([0, 0x61, 0, 0x61, 0]).indexOf('a', 0, 'ucs2'));
t('hex', () => [b.indexOf('6263', 'hex'), b.indexOf('zz', 'hex'), b.lastIndexOf('61', 'hex')].join(' '));
t('base64', () => b.indexOf('YmM=', 'base64'));
t('latin1', () => [b.indexOf('é', 'latin1'), b.indexOf('\u00c3', 'latin1')].join(' '));
t('bad encoding', () => b.indexOf('a', 0, 'bogus'));
t('bad encoding buffer needle', () => b.indexOf(Buffer.from('b'), 0, 'bogus'));
t('bad value', () => b.indexOf({}));
t('bad value 2', () => b.indexOf(true));
t('empty haystack', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(''), Buffer.alloc(0).indexOf(0)].join(' '));
t('long', () => { const l = Buffer.alloc(10000, 'ab'); l.write('needle', 9000); return [l.indexOf('needle'), l.lastIndexOf('ab'), l.indexOf('needle', 9001)].join(' '); });
t('uint8array receiver', () => Buffer.prototype.indexOf.call(new Uint8Array([1, 2, 3]), 2));
