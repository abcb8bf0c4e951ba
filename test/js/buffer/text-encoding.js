// TextEncoder / TextDecoder: labels, fatal, ignoreBOM, stream, encodeInto.
'use strict';
function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const enc = new TextEncoder();
t('encoder', () => enc);
t('encoding', () => enc.encoding);
t('encode', () => enc.encode('hé€😀'));
t('encode empty', () => enc.encode());
t('encode undefined', () => enc.encode(undefined).length);
t('encode number', () => enc.encode(12));
t('encode lone', () => enc.encode('\ud800x'));
t('encode type', () => enc.encode('a').constructor.name);
for (const [s, n] of [['hé€😀', 3], ['hé€😀', 4], ['hé€😀', 6], ['hé€😀', 100], ['😀', 3], ['\ud800', 3], ['', 2]]) {
  t(`encodeInto ${JSON.stringify(s)} ${n}`, () => { const d = new Uint8Array(n); const r = enc.encodeInto(s, d); return [JSON.stringify(r), Buffer.from(d).toString('hex')].join(' '); });
}
t('encodeInto bad dest', () => enc.encodeInto('a', []));
t('encodeInto bad src', () => enc.encodeInto(1, new Uint8Array(1)));
for (const label of ['utf8', 'UTF-8', ' utf-8 ', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'ucs-2', 'utf-16be', 'latin1', 'ascii', 'iso-8859-1', 'windows-1252', 'us-ascii', 'foo', '']) {
  t(`label ${JSON.stringify(label)}`, () => new TextDecoder(label).encoding);
}
t('decoder', () => new TextDecoder());
t('decoder opts', () => new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }));
t('decoder bad opts', () => new TextDecoder('utf8', 5));
const d = new TextDecoder();
t('decode', () => d.decode(Buffer.from('hé€😀')));
t('decode empty', () => JSON.stringify(d.decode()));
t('decode ab', () => d.decode(new Uint8Array([104, 105]).buffer));
t('decode dataview', () => d.decode(new DataView(new Uint8Array([104, 105]).buffer)));
t('decode u16', () => d.decode(new Uint16Array([0x6968])));
t('decode bad', () => d.decode('abc'));
t('decode invalid', () => JSON.stringify(d.decode(new Uint8Array([0xff, 0x41, 0xc3]))));
t('BOM stripped', () => JSON.stringify(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
t('BOM kept', () => JSON.stringify(new TextDecoder('utf8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
t('BOM twice', () => JSON.stringify(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]))));
const fatal = new TextDecoder('utf-8', { fatal: true });
for (const c of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc3, 0xa9], [0xf0, 0x9f, 0x98, 0x80]]) {
  t(`fatal ${c}`, () => JSON.stringify(fatal.decode(new Uint8Array(c))));
}
t('fatal prop', () => [fatal.fatal, fatal.ignoreBOM, d.fatal].join(' '));
const s = new TextDecoder();
t('stream utf8', () => JSON.stringify([s.decode(new Uint8Array([0xe2]), { stream: true }), s.decode(new Uint8Array([0x82]), { stream: true }), s.decode(new Uint8Array([0xac, 0xf0, 0x9f]), { stream: true }), s.decode(new Uint8Array([0x98, 0x80]))]));
t('stream dangling', () => JSON.stringify([s.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), s.decode()]));
t('stream bad continuation', () => JSON.stringify([s.decode(new Uint8Array([0xe2]), { stream: true }), s.decode(new Uint8Array([0x41]))]));
t('stream BOM split', () => JSON.stringify([s.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), s.decode(new Uint8Array([0xbf, 0x41]), { stream: true }), s.decode(new Uint8Array([0xef, 0xbb, 0xbf]))]));
const fs = new TextDecoder('utf8', { fatal: true });
t('fatal stream', () => JSON.stringify([fs.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), fs.decode(new Uint8Array([0xac]))]));
t('fatal stream end', () => { fs.decode(new Uint8Array([0xe2]), { stream: true }); return fs.decode(); });
const u16 = new TextDecoder('utf-16le');
t('utf16le', () => u16.decode(Buffer.from('hé€😀', 'ucs2')));
t('utf16le odd', () => JSON.stringify(u16.decode(new Uint8Array([0x61, 0x00, 0x62]))));
t('utf16le lone', () => JSON.stringify(u16.decode(new Uint8Array([0x3d, 0xd8, 0x61, 0x00]))));
t('utf16le BOM', () => JSON.stringify(u16.decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))));
t('utf16le stream', () => JSON.stringify([u16.decode(new Uint8Array([0x3d]), { stream: true }), u16.decode(new Uint8Array([0xd8, 0x00]), { stream: true }), u16.decode(new Uint8Array([0xde]))]));
t('utf16le fatal', () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xd8])));
t('utf16be', () => new TextDecoder('utf-16be').decode(new Uint8Array([0x00, 0x61, 0x20, 0xac])));
t('windows-1252', () => JSON.stringify(new TextDecoder('latin1').decode(new Uint8Array([0x41, 0x80, 0x81, 0x9f, 0xe9, 0xff]))));
t('proto', () => [Object.getOwnPropertyNames(TextDecoder.prototype).join(), Object.getOwnPropertyNames(TextEncoder.prototype).join()].join(' '));

