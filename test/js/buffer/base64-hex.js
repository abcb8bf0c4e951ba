// Lenient base64/base64url decoding and hex that stops at the first bad pair.
'use strict';
const b64 = ['', 'YQ', 'YQ=', 'YQ==', 'YWI', 'YWJj', 'YWJjZA', 'Y', 'YW Jj', 'YW\nJj\r\n', 'YW=Jj', 'YQ==YWJj', '!!YW!!Jj',
  '_-_-', '+/+/', '-_', 'YWJjZA=x', '=YWJj', 'Y\u00e9WJj', 'YWJj====', '////', 'AAAA', 'SGVsbG8sIFdvcmxkIQ'];
for (const s of b64) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64'));
}
for (const b of [[], [0], [0xff], [0xff, 0xfe], [0xfb, 0xff, 0xbf], [1, 2, 3, 4, 5]]) {
  const buf = Buffer.from(b);
  console.log(buf.toString('base64'), buf.toString('base64url'));
}
const hex = ['', 'a', 'ab', 'abc', 'ABcd', 'abzz12', 'zz', '0x12', 'é1', '12 34', 'fF', '123g45', '00ff'];
for (const s of hex) console.log(JSON.stringify(s), Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex'));
const buf = Buffer.alloc(6);
console.log(buf.write('aabbccdd', 'hex'), buf, buf.write('zz', 'hex'), buf.write('11zz', 2, 'hex'), buf);
console.log(Buffer.alloc(3).write('abcdef', 1, 'hex'), Buffer.alloc(7).write('YWJjZGVmZ2g=', 'base64'), Buffer.alloc(2).write('YWJj', 'base64'));
console.log(Buffer.from('hello').toString('hex', 1, 3), Buffer.from('hello').toString('base64', 1));
