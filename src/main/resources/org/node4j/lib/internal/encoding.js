// TextEncoder and TextDecoder (WHATWG Encoding): utf-8, utf-16le/be and
// windows-1252 (what the latin1/ascii labels mean on the web), with fatal,
// ignoreBOM and streaming.
'use strict';

const {
  ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { validateString, validateObject } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const { binding, utf8Length, utf8Write, utf8Slice } = require('internal/buffer');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// How many bytes at the end of bytes[0, end) begin a UTF-8 sequence that later
// bytes could still complete (0-3).
function utf8IncompleteTail(bytes, end) {
  const start = Math.max(0, end - 3);
  for (let i = end - 1; i >= start; i--) {
    const c = bytes[i];
    if (c < 0x80) return 0;
    if (c < 0xc0) continue;
    if (c < 0xc2 || c > 0xf4) return 0;
    const need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
    const have = end - i - 1;
    if (have >= need) return 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
    else if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
    for (let k = 1; k <= have; k++) {
      const b = bytes[i + k];
      if (k === 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xbf)) return 0;
    }
    return have + 1;
  }
  return 0;
}

function isUtf8(bytes) {
  if (bytes.length === 0) return true;
  return binding.isUtf8(bytes.buffer, bytes.byteOffset, bytes.length);
}

// ---- TextEncoder ----

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    input = `${input}`;
    const out = new Uint8Array(utf8Length(input));
    utf8Write(out, input, 0, out.length);
    return out;
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const n = src.length;
    const end = dest.length;
    let p = 0;
    let i = 0;
    for (; i < n; i++) {
      let c = src.charCodeAt(i);
      let units = 1;
      let size;
      if (c < 0x80) size = 1;
      else if (c < 0x800) size = 2;
      else if (c >= 0xd800 && c < 0xe000) {
        const d = i + 1 < n ? src.charCodeAt(i + 1) : 0;
        if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          size = 4;
          units = 2;
        } else {
          c = 0xfffd;
          size = 3;
        }
      } else size = 3;
      if (p + size > end) break;
      if (size === 1) dest[p++] = c;
      else if (size === 2) {
        dest[p++] = 0xc0 | (c >> 6);
        dest[p++] = 0x80 | (c & 0x3f);
      } else if (size === 3) {
        dest[p++] = 0xe0 | (c >> 12);
        dest[p++] = 0x80 | ((c >> 6) & 0x3f);
        dest[p++] = 0x80 | (c & 0x3f);
      } else {
        dest[p++] = 0xf0 | (c >> 18);
        dest[p++] = 0x80 | ((c >> 12) & 0x3f);
        dest[p++] = 0x80 | ((c >> 6) & 0x3f);
        dest[p++] = 0x80 | (c & 0x3f);
      }
      i += units - 1;
    }
    return { read: i, written: p };
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return fn({ encoding: this.encoding }, options);
  }
}

for (const name of ['encoding', 'encode', 'encodeInto']) {
  const desc = Object.getOwnPropertyDescriptor(TextEncoder.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(TextEncoder.prototype, name, desc);
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'TextEncoder', configurable: true,
});

// ---- TextDecoder ----

const labels = new Map();
function addLabels(name, list) {
  for (const label of list) labels.set(label, name);
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
  'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
  'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

function getEncodingFromLabel(label) {
  return labels.get(`${label}`.trim().toLowerCase());
}

// windows-1252 bytes 0x80-0x9f.
const cp1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
  0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const kEncoding = Symbol('encoding');
const kFatal = Symbol('fatal');
const kIgnoreBOM = Symbol('ignoreBOM');
const kPending = Symbol('pending');
const kBOMSeen = Symbol('BOMSeen');

function toBytes(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function concatBytes(a, b) {
  if (a === undefined || a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = undefined) {
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== undefined && options !== null) validateObject(options, 'options', { allowFunction: true });
    this[kEncoding] = name;
    this[kFatal] = Boolean(options?.fatal);
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kPending] = undefined;
    this[kBOMSeen] = false;
  }

  get encoding() {
    if (!(this instanceof TextDecoder) || this[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kEncoding];
  }

  get fatal() {
    if (!(this instanceof TextDecoder) || this[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kFatal];
  }

  get ignoreBOM() {
    if (!(this instanceof TextDecoder) || this[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kIgnoreBOM];
  }

  decode(input = new Uint8Array(0), options = undefined) {
    if (!(this instanceof TextDecoder) || this[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    let bytes = toBytes(input);
    if (options !== undefined && options !== null) validateObject(options, 'options', { allowFunction: true });
    const stream = Boolean(options?.stream);
    bytes = concatBytes(this[kPending], bytes);
    this[kPending] = undefined;
    let out;
    switch (this[kEncoding]) {
      case 'utf-8': out = this.#utf8(bytes, stream); break;
      case 'utf-16le': out = this.#utf16(bytes, stream, true); break;
      case 'utf-16be': out = this.#utf16(bytes, stream, false); break;
      default: out = windows1252(bytes);
    }
    if (!this[kIgnoreBOM] && !this[kBOMSeen] && out.length > 0) {
      if (this[kEncoding] !== 'windows-1252' && out.charCodeAt(0) === 0xfeff) out = out.slice(1);
      this[kBOMSeen] = true;
    }
    if (!stream) this[kBOMSeen] = false;
    return out;
  }

  #utf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      const tail = utf8IncompleteTail(bytes, end);
      if (tail > 0) {
        end -= tail;
        this[kPending] = bytes.slice(end);
      }
    }
    const body = end === bytes.length ? bytes : bytes.subarray(0, end);
    if (this[kFatal] && !isUtf8(body)) {
      this[kPending] = undefined;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
    }
    return utf8Slice(body, 0, body.length);
  }

  #utf16(bytes, stream, little) {
    let units = bytes.length >>> 1;
    let s = '';
    for (let i = 0; i < units; i++) {
      const a = bytes[2 * i];
      const b = bytes[2 * i + 1];
      s += String.fromCharCode(little ? a | (b << 8) : (a << 8) | b);
    }
    let rest = bytes.length - units * 2;
    if (stream) {
      const last = s.charCodeAt(s.length - 1);
      if (s.length > 0 && last >= 0xd800 && last < 0xdc00) {
        s = s.slice(0, -1);
        units--;
        rest += 2;
      }
      if (rest > 0) this[kPending] = bytes.slice(units * 2);
    } else if (rest > 0) {
      if (this[kFatal]) throw new ERR_ENCODING_INVALID_ENCODED_DATA(this[kEncoding]);
      s += '\ufffd';
    }
    if (!s.isWellFormed()) {
      if (this[kFatal]) {
        this[kPending] = undefined;
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(this[kEncoding]);
      }
      s = s.toWellFormed();
    }
    return s;
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `TextDecoder ${fn({ encoding: this[kEncoding], fatal: this[kFatal], ignoreBOM: this[kIgnoreBOM] }, options)}`;
  }
}

function windows1252(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    s += String.fromCharCode(c >= 0x80 && c < 0xa0 ? cp1252[c - 0x80] : c);
  }
  return s;
}

// Node's order: decode, then the getters.
for (const name of ['decode', 'encoding', 'fatal', 'ignoreBOM']) {
  const desc = Object.getOwnPropertyDescriptor(TextDecoder.prototype, name);
  desc.enumerable = true;
  delete TextDecoder.prototype[name];
  Object.defineProperty(TextDecoder.prototype, name, desc);
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'TextDecoder', configurable: true,
});

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel, utf8IncompleteTail };
