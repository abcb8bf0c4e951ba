// atob/btoa and buf.write with offsets, lengths and encodings.
'use strict';
function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
for (const s of ['YWJj', ' YW Jj ', 'YQ', 'YQ=', 'YQ==', 'Y', 'YQ===', 'Y=Q=', 'YW!j', 'YWJj\u00e9', '_-', '', 'AA\tAA\n', '////', 'YQ==\n']) {
  t(`atob ${JSON.stringify(s)}`, () => JSON.stringify(atob(s)));
}
t('atob none', () => atob());
t('atob undefined', () => atob(undefined));
t('atob null', () => atob(null));
for (const s of ['', 'abc', 'ÿ', '\u0100', 123, null, undefined, '\0\u00ff']) t(`btoa ${JSON.stringify(s)}`, () => btoa(s));
t('btoa none', () => btoa());
t('atob error class', () => { try { atob('!'); } catch (e) { return [e instanceof DOMException, e.name, e.code]; } });
const b = Buffer.alloc(8);
t('write', () => [b.write('abc'), b.toString('hex')].join(' '));
t('write off', () => [b.write('xy', 6), b.toString('hex')].join(' '));
t('write off len', () => [b.fill(0).write('hello', 1, 2), b.toString('hex')].join(' '));
t('write enc as off', () => [b.fill(0).write('ffee', 'hex'), b.toString('hex')].join(' '));
t('write enc as len', () => [b.fill(0).write('ffee', 2, 'hex'), b.toString('hex')].join(' '));
t('write all args', () => [b.fill(0).write('ffeedd', 1, 2, 'hex'), b.toString('hex')].join(' '));
t('write partial char', () => [b.fill(0).write('€€€', 3), b.toString('hex')].join(' '));
t('write partial 😀', () => [b.fill(0).write('abcdef😀'), b.toString('hex')].join(' '));
t('write ucs2 odd', () => [b.fill(0).write('abcd', 5, 'ucs2'), b.toString('hex')].join(' '));
t('write latin1', () => [b.fill(0).write('é€', 'latin1'), b.toString('hex')].join(' '));
t('write ascii', () => [b.fill(0).write('é€', 'ascii'), b.toString('hex')].join(' '));
t('write base64', () => [b.fill(0).write('YWJjZGVmZ2hpams=', 'base64'), b.toString('hex')].join(' '));
t('write off past', () => b.write('a', 9));
t('write off -1', () => b.write('a', -1));
t('write off float', () => b.write('a', 1.5));
t('write len past', () => [b.write('abcdefghijk', 2, 100)].join(' '));
t('write len -1', () => b.write('a', 0, -1));
t('write bad enc', () => b.write('a', 0, 1, 'bogus'));
t('write non string', () => b.write(5));
t('write non string enc', () => b.write(5, 'hex'));
t('utf8Write', () => [b.fill(0).utf8Write('hi', 1), b.toString('hex')].join(' '));
t('latin1Slice', () => Buffer.from('héllo', 'latin1').latin1Slice(1, 3));
t('hexSlice bad range', () => Buffer.from('ab').hexSlice(1, 5));
t('write empty', () => Buffer.alloc(0).write('abc'));
