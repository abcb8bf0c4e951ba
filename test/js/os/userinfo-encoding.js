// userInfo({ encoding }): 'buffer' gives Buffers, other encodings re-encode the
// UTF-8 bytes, unknown names fall back to utf8 (case-insensitive like node).
'use strict';
const os = require('os');
const plain = os.userInfo();
for (const encoding of ['buffer', 'BUFFER', 'hex', 'Hex', 'base64', 'latin1', 'ascii', 'utf-8', 'ucs2', 'nope']) {
  const u = os.userInfo({ encoding });
  const kind = Buffer.isBuffer(u.username) ? 'buffer' : typeof u.username;
  const same = kind === 'buffer'
    ? u.username.toString() === plain.username && u.homedir.toString() === plain.homedir
    : u.username === Buffer.from(plain.username).toString(encoding.toLowerCase() === 'nope' ? 'utf8' : encoding.toLowerCase());
  console.log(encoding, kind, same, typeof u.uid, Object.keys(u).join());
}
