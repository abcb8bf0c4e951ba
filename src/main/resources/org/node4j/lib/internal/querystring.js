// Percent-encoding helpers shared by querystring and the legacy url module.
'use strict';

const hexTable = new Array(256);
for (let i = 0; i < 256; ++i) hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

// Characters querystring.escape leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const isHexTable = new Int8Array(256);
for (const c of '0123456789abcdefABCDEF') isHexTable[c.charCodeAt(0)] = 1;

let lazyErrors;
function uriError() {
  if (lazyErrors === undefined) lazyErrors = require('internal/errors').codes;
  const { ERR_INVALID_URI } = lazyErrors;
  return new ERR_INVALID_URI();
}

// UTF-8 percent-encodes every UTF-16 unit of str not marked in noEscape.
// Like node, a surrogate takes the next unit whatever it is, and a surrogate
// at the end of the string throws ERR_INVALID_URI.
function encodeStr(str, noEscape, hex) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      last = i + 1;
      out += hex[c];
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      last = i + 1;
      out += hex[0xC0 | (c >> 6)] + hex[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      last = i + 1;
      out += hex[0xE0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
      continue;
    }
    ++i;
    if (i >= len) throw uriError();
    const c2 = str.charCodeAt(i) & 0x3FF;
    last = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | c2);
    out += hex[0xF0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3F)] +
      hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
  }
  if (last === 0) return str;
  if (last < len) return out + str.slice(last);
  return out;
}

// Decodes UTF-8 bytes, replacing invalid sequences with U+FFFD the way the
// WHATWG decoder does (one replacement per maximal invalid subpart).
function utf8Decode(bytes, start = 0, end = bytes.length) {
  let out = '';
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0xF;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x7;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else { out += '\ufffd'; i++; continue; }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (j >= end || c < lower || c > upper) { ok = false; break; }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (!ok) { out += '\ufffd'; i = j; continue; }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Bytes of s with %XX decoded (bad escapes kept as they are), '+' → ' ' when
// decodeSpaces; characters above 0x7F are written as UTF-8.
function unescapeBytes(s, decodeSpaces) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 /* % */) {
      const h = hexValue(s.charCodeAt(i + 1));
      const l = h >= 0 ? hexValue(s.charCodeAt(i + 2)) : -1;
      if (h >= 0 && l >= 0) {
        bytes.push(h * 16 + l);
        i += 2;
        continue;
      }
      bytes.push(37);
    } else if (c === 43 /* + */ && decodeSpaces) {
      bytes.push(32);
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      let cp = c;
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      if (cp < 0x800) bytes.push(0xC0 | (cp >> 6), 0x80 | (cp & 0x3F));
      else if (cp < 0x10000) bytes.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
      else {
        bytes.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F),
                   0x80 | (cp & 0x3F));
      }
    }
  }
  return bytes;
}

module.exports = { hexTable, isHexTable, encodeStr, utf8Decode, unescapeBytes, hexValue };
