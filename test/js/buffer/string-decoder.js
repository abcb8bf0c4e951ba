// StringDecoder: characters split across chunks in every encoding, end().
'use strict';
const { StringDecoder } = require('string_decoder');
function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
function feed(enc, chunks, endChunk) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(endChunk === undefined ? d.end() : d.end(Buffer.from(endChunk)));
  return JSON.stringify(out);
}
const text = 'aé€😀z';
const bytes = [...Buffer.from(text)];
// every split point of a UTF-8 string
for (let i = 0; i <= bytes.length; i++) t(`utf8 split ${i}`, () => feed('utf8', [bytes.slice(0, i), bytes.slice(i)]));
// byte by byte in every encoding
for (const enc of ['utf8', 'utf16le', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  const src = [...Buffer.from(text, enc === 'latin1' || enc === 'ascii' ? 'latin1' : enc === 'utf16le' || enc === 'ucs2' ? 'utf16le' : 'utf8')];
  t(`bytewise ${enc}`, () => feed(enc, src.map((b) => [b])));
  t(`pairs ${enc}`, () => feed(enc, [src.slice(0, 3), src.slice(3, 5), src.slice(5)]));
}
t('utf8 invalid', () => feed('utf8', [[0xe2], [0x41], [0xe2, 0x82], [0xff], [0xc3]]));
t('utf8 end pending', () => feed('utf8', [[0xf0, 0x9f, 0x98]]));
t('utf8 end chunk', () => feed('utf8', [[0xc3]], [0xa9]));
t('utf8 bad after lead', () => feed('utf8', [[0xf0], [0x41, 0x42]]));
t('utf8 surrogate bytes', () => feed('utf8', [[0xed], [0xa0, 0x80]]));
t('utf16 lone at end', () => feed('utf16le', [[0x3d, 0xd8]]));
t('utf16 odd at end', () => feed('utf16le', [[0x61, 0x00, 0x62]]));
t('base64 end', () => feed('base64', [[0x61], [0x62, 0x63, 0x64]]));
t('base64 end chunk', () => feed('base64', [[0x61, 0x62]], [0x63]));
t('base64url', () => feed('base64url', [[0xff, 0xfe], [0xfd, 0xfc]]));
t('string passthrough', () => new StringDecoder().write('abc'));
t('bad write', () => new StringDecoder().write(1));
t('bad encoding', () => new StringDecoder('bogus'));
t('encodings', () => [undefined, null, 'UTF-8', 'UCS2', 'binary', 'Latin1', 'HEX', 'base64url'].map((e) => new StringDecoder(e).encoding).join());
t('typed array', () => new StringDecoder().write(new Uint16Array([0x6968])));
t('dataview', () => new StringDecoder().write(new DataView(Buffer.from('hi').buffer, Buffer.from('hi').byteOffset, 2)));
t('state', () => { const d = new StringDecoder('utf8'); d.write(Buffer.from([0xe2, 0x82])); return [d.lastChar, d.lastNeed, d.lastTotal]; });
t('inspect', () => require('util').inspect(new StringDecoder('hex')));
t('text', () => new StringDecoder('utf8').text(Buffer.from('abc'), 1));
t('reuse after end', () => { const d = new StringDecoder(); d.write(Buffer.from([0xc3])); d.end(); return d.write(Buffer.from('x')); });
