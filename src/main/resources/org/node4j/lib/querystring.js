// node:querystring — parse and stringify application/x-www-form-urlencoded
// style strings with node's escaping rules.
'use strict';

const {
  hexTable, encodeStr, utf8Decode, unescapeBytes,
} = require('internal/querystring');

// Left alone by escape(): A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const noEscape = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  noEscape[c.charCodeAt(0)] = 1;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(String(s), decodeSpaces);
  let B;
  try { B = require('buffer').Buffer; } catch { B = undefined; }
  return B !== undefined ? B.from(bytes) : Uint8Array.from(bytes);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return utf8Decode(unescapeBytes(String(s), decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = `${encode(stringifyPrimitive(k))}${eq}`;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + encode(stringifyPrimitive(item)));
    } else {
      fields.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return fields.join(sep);
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const pairLimit = maxKeys > 0 ? maxKeys : Infinity;
  let decode = QueryString.unescape;
  const custom = options && typeof options.decodeURIComponent === 'function';
  if (custom) decode = options.decodeURIComponent;

  const decodeStr = (s) => {
    if (!custom && !s.includes('%') && !s.includes('+')) return s;
    s = s.replace(/\+/g, custom ? '%20' : ' ');
    try {
      return decode(s);
    } catch {
      return QueryString.unescape(s, true);
    }
  };

  let pairs = 0;
  let start = 0;
  while (start <= qs.length && pairs < pairLimit) {
    // An empty separator never matches: the whole string is one pair.
    let end = sep.length === 0 ? -1 : qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    const pair = qs.slice(start, end);
    start = end + sep.length;
    pairs++;
    if (pair.length > 0) {
      const at = pair.indexOf(eq);
      let key;
      let value;
      if (at === -1) {
        key = pair;
        value = '';
      } else {
        key = pair.slice(0, at);
        value = pair.slice(at + eq.length);
      }
      key = decodeStr(key);
      value = decodeStr(value);
      const cur = obj[key];
      if (cur === undefined) obj[key] = value;
      else if (Array.isArray(cur)) cur.push(value);
      else obj[key] = [cur, value];
    }
    if (end === qs.length) break;
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
