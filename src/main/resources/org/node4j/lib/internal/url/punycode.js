// node:punycode — Punycode (RFC 3492) and IDNA label conversion, with the
// API of the punycode.js 2.1.0 package node bundles. Deprecated (DEP0040):
// requiring it from code outside node_modules prints a warning once.
'use strict';

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 2147483647;
const DELIMITER = '-';

const SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/g;

function error(type) {
  const messages = {
    'overflow': 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  };
  throw new RangeError(messages[type]);
}

// A string's code points, lone surrogates kept as they are.
function ucs2decode(string) {
  const output = [];
  const length = string.length;
  for (let i = 0; i < length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xFC00) === 0xDC00) {
        output.push(((c & 0x3FF) << 10) + (d & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    output.push(c);
  }
  return output;
}

const ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);

function digitOf(c) {
  if (c >= 0x30 && c < 0x3A) return 26 + (c - 0x30);
  if (c >= 0x41 && c < 0x5B) return c - 0x41;
  if (c >= 0x61 && c < 0x7B) return c - 0x61;
  return BASE;
}

// 0..25 → 'a'..'z', 26..35 → '0'..'9'.
const charOf = (d) => String.fromCharCode(d < 26 ? d + 97 : d + 22);

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function decode(input) {
  const output = [];
  let basic = input.lastIndexOf(DELIMITER);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; ++j) {
    if (input.charCodeAt(j) >= 0x80) error('not-basic');
    output.push(input.charCodeAt(j));
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) error('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) error('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) error('overflow');
      i += digit * w;
      const t = k <= bias ? T_MIN : (k >= bias + T_MAX ? T_MAX : k - bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) error('overflow');
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) error('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const codePoints = ucs2decode(input);
  const inputLength = codePoints.length;
  let output = '';
  for (const c of codePoints) {
    if (c < 0x80) output += String.fromCharCode(c);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output += DELIMITER;
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < inputLength) {
    let m = MAX_INT;
    for (const c of codePoints) {
      if (c >= n && c < m) m = c;
    }
    const handledPlusOne = handled + 1;
    if (m - n > Math.floor((MAX_INT - delta) / handledPlusOne)) error('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;
    for (const c of codePoints) {
      if (c < n && ++delta > MAX_INT) error('overflow');
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? T_MIN : (k >= bias + T_MAX ? T_MAX : k - bias);
          if (q < t) break;
          const qMinusT = q - t;
          const baseMinusT = BASE - t;
          output += charOf(t + (qMinusT % baseMinusT));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output += charOf(q);
        bias = adapt(delta, handledPlusOne, handled === basicLength);
        delta = 0;
        ++handled;
      }
    }
    ++delta;
    ++n;
  }
  return output;
}

// Applies fn to each label of a domain (or of the part after '@' of an email).
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    domain = parts[1];
  }
  domain = domain.replace(SEPARATORS, '.');
  return result + domain.split('.').map(fn).join('.');
}

const toUnicode = (input) => mapDomain(input, (label) =>
  (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));

const toASCII = (input) => mapDomain(input, (label) =>
  (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
