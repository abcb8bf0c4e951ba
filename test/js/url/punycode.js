// punycode: encode/decode (RFC 3492 samples), toASCII/toUnicode with
// separators and emails, ucs2 helpers, errors, and the DEP0040 warning.
'use strict';
const punycode = require('punycode');
const again = require('node:punycode');
console.log(punycode === again, Object.keys(punycode).join(','), punycode.version);
const samples = ['ü', 'mañana', 'bücher', '他们为什么不说中文', 'Pročprostěnemluvíčesky', 'ليهمابتكلموشعربي?',
  'почемужеонинеговорятпорусски', 'MajiでKoiする5秒前', '3年B組金八先生', 'abc', '', '-> $1.00 <-', '😀', 'a-b-ü', 'ÄÖÜ'];
for (const s of samples) {
  const e = punycode.encode(s);
  console.log(JSON.stringify(s), e, punycode.decode(e) === s);
}
for (const d of ['tda', 'maana-pta', 'ihqwcrb4cv8a8dqg056pqjye', 'abc-', '-', 'ü', 'xx-9999999999', 'a-ü', '99999999', 'zzzzzzzzzzzzz', 'ls8h']) {
  try { console.log(d, JSON.stringify(punycode.decode(d))); } catch (e) { console.log(d, e.name, e.message); }
}
for (const s of ['mañana.com', 'user@mañana.com', 'a\u3002ü\uff0eb\uff61c', 'example.com', '☃-⌘.com', 'a@b@ü.com', 'ÜBER.de', '']) {
  console.log(JSON.stringify(s), punycode.toASCII(s), punycode.toUnicode(punycode.toASCII(s)));
}
for (const s of ['xn--maana-pta.com', 'XN--MAANA-PTA.com', 'xn--tda', 'user@xn--tda.com', 'xn--', 'plain.com']) {
  try { console.log(s, JSON.stringify(punycode.toUnicode(s))); } catch (e) { console.log(s, e.name, e.message); }
}
console.log(punycode.ucs2.decode('\ud83d\ude00a\ud800b\udc00'), JSON.stringify(punycode.ucs2.encode([0x1f600, 97, 0xd800])));
console.log(punycode.ucs2.decode.name, punycode.ucs2.encode.name);
