// StringDecoder('utf8') holds back a sequence by its lead byte's pattern alone, and
// replaces invalid or cut sequences with U+FFFD exactly where node does.
'use strict';
const { StringDecoder } = require('string_decoder');
const cases = [['f6'], ['f69b'], ['f69b','d1'], ['f8'], ['f4'], ['f4','bde5'], ['f4bd'], ['e0'], ['e080'], ['ed','a0'], ['c0'], ['c1'], ['f5'], ['f7bfbf'], ['f0','9f','98','80'], ['ff'], ['fe'], ['e2','82']];
for (const c of cases) {
  const d = new StringDecoder('utf8');
  const parts = c.map((h) => JSON.stringify(d.write(Buffer.from(h, 'hex'))));
  parts.push(JSON.stringify(d.end()));
  console.log(c.join(' '), '->', parts.join(' '));
}
