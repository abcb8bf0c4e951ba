// The byte work behind lib/buffer.js: one codec per encoding (byteLength,
// write, slice, indexOf) and the read*/write* number accessors. Decoding large
// or non-ASCII input goes to internalBinding('buffer') in Java; encoding stays in
// JS because writing into a JS ArrayBuffer from Java costs a host call per word.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const {
  ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const { validateNumber } = require('internal/validators');

const binding = internalBinding('buffer');

// Below this many bytes a JS loop beats the host call.
const kSmall = 48;

function java(name, buf, start, end) {
  return binding[name](buf.buffer, buf.byteOffset + start, end - start);
}

// ---- string -> bytes ----

function utf8Length(str) {
  const n = str.length;
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { len += 1; continue; }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { len += 2; i++; continue; }
    }
    len += 2;
  }
  return len;
}

// Encodes str into buf[offset, offset + max); never writes part of a character.
function utf8Write(buf, str, offset, max) {
  const n = str.length;
  let p = offset;
  const end = offset + max;
  let i = 0;
  if (max >= n * 3) {
    for (; i < n; i++) {
      let c = str.charCodeAt(i);
      if (c < 0x80) { buf[p++] = c; continue; }
      if (c < 0x800) { buf[p++] = 0xc0 | (c >> 6); buf[p++] = 0x80 | (c & 0x3f); continue; }
      if (c >= 0xd800 && c < 0xe000) {
        const d = i + 1 < n ? str.charCodeAt(i + 1) : 0;
        if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
          i++;
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[p++] = 0xf0 | (c >> 18);
          buf[p++] = 0x80 | ((c >> 12) & 0x3f);
          buf[p++] = 0x80 | ((c >> 6) & 0x3f);
          buf[p++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = 0xfffd;
      }
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
    return p - offset;
  }
  for (; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c < 0xe000) {
      const d = i + 1 < n ? str.charCodeAt(i + 1) : 0;
      if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
        if (p + 4 > end) break;
        i++;
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[p++] = 0xf0 | (c >> 18);
        buf[p++] = 0x80 | ((c >> 12) & 0x3f);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    if (p + 3 > end) break;
    buf[p++] = 0xe0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 0x3f);
    buf[p++] = 0x80 | (c & 0x3f);
  }
  return p - offset;
}

function latin1Write(buf, str, offset, max) {
  const n = Math.min(str.length, max);
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n;
}

function ucs2Write(buf, str, offset, max) {
  const n = Math.min(str.length, max >>> 1);
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[offset + 2 * i] = c;
    buf[offset + 2 * i + 1] = c >>> 8;
  }
  return n * 2;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Pairs of hex digits up to the first bad pair.
function hexWrite(buf, str, offset, max) {
  const n = Math.min(str.length >>> 1, max);
  let i = 0;
  for (; i < n; i++) {
    const hi = hexValue(str.charCodeAt(2 * i) & 0xff);
    const lo = hexValue(str.charCodeAt(2 * i + 1) & 0xff);
    if (hi < 0 || lo < 0) break;
    buf[offset + i] = (hi << 4) | lo;
  }
  return i;
}

// Both alphabets decode in either encoding; anything else is skipped, '=' ends the data.
const base64Values = new Int8Array(128).fill(-1);
{
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) base64Values[chars.charCodeAt(i)] = i;
  base64Values[45] = 62; // '-'
  base64Values[95] = 63; // '_'
}

function base64Write(buf, str, offset, max) {
  const n = str.length;
  const end = offset + max;
  let p = offset;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n && p < end; i++) {
    // Like node, a UTF-16 unit counts by its low byte (so U+D83D ends the data like '=').
    const c = str.charCodeAt(i) & 0xff;
    if (c === 61) break; // '='
    const v = c < 128 ? base64Values[c] : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      buf[p++] = (acc >> bits) & 0xff;
    }
  }
  return p - offset;
}

function base64ByteLength(str) {
  let len = str.length;
  if (len > 0 && str.charCodeAt(len - 1) === 61) len--;
  if (len > 1 && str.charCodeAt(len - 1) === 61) len--;
  return (len * 3) >>> 2;
}

// ---- bytes -> string ----

function utf8Slice(buf, start, end) {
  if (end - start <= kSmall) {
    let s = '';
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c >= 0x80) return java('utf8Slice', buf, start, end);
      s += String.fromCharCode(c);
    }
    return s;
  }
  return java('utf8Slice', buf, start, end);
}

function latin1Slice(buf, start, end) {
  if (end - start <= kSmall) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
    return s;
  }
  return java('latin1Slice', buf, start, end);
}

function asciiSlice(buf, start, end) {
  if (end - start <= kSmall) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i] & 0x7f);
    return s;
  }
  return java('asciiSlice', buf, start, end);
}

function ucs2Slice(buf, start, end) {
  if (end - start <= kSmall) {
    let s = '';
    for (let i = start; i + 1 < end; i += 2) s += String.fromCharCode(buf[i] | (buf[i + 1] << 8));
    return s;
  }
  return java('ucs2Slice', buf, start, end);
}

const hexDigits = '0123456789abcdef';
function hexSlice(buf, start, end) {
  if (end - start <= kSmall) {
    let s = '';
    for (let i = start; i < end; i++) s += hexDigits[buf[i] >> 4] + hexDigits[buf[i] & 15];
    return s;
  }
  return java('hexSlice', buf, start, end);
}

function base64Slice(buf, start, end) {
  return java('base64Slice', buf, start, end);
}

function base64urlSlice(buf, start, end) {
  return java('base64urlSlice', buf, start, end);
}

// ---- searching ----

// Node's rules for where a search starts (see buffer.indexOf in the docs):
// negative offsets count from the end; returns -1 when nothing can match.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function matchesAt(hay, needle, pos) {
  for (let j = 0; j < needle.length; j++) if (hay[pos + j] !== needle[j]) return false;
  return true;
}

// Searches needle bytes in buf from offset; step 2 restricts matches to even
// positions (ucs2 searches 16-bit units).
function indexOfBytes(buf, needle, offset, forward, step = 1) {
  const length = buf.length;
  const nlen = needle.length;
  let start = searchStart(length, Math.trunc(offset), nlen, forward);
  if (nlen === 0) return start;
  if (length === 0 || start <= -1) return -1;
  if (nlen > length) return -1;
  if (step === 2) {
    if (length < 2) return -1;
    start -= start % 2;
  }
  if (forward) {
    const first = needle[0];
    if (step === 1) {
      // Jump between candidates with the engine's own byte search.
      for (let i = Uint8Array.prototype.indexOf.call(buf, first, start); i !== -1 && i + nlen <= length;
        i = Uint8Array.prototype.indexOf.call(buf, first, i + 1)) {
        if (matchesAt(buf, needle, i)) return i;
      }
      return -1;
    }
    for (let i = start; i + nlen <= length; i += step) {
      if (buf[i] === first && matchesAt(buf, needle, i)) return i;
    }
  } else {
    let i = Math.min(start, length - nlen);
    if (step === 2) i -= i % 2;
    for (; i >= 0; i -= step) {
      if (matchesAt(buf, needle, i)) return i;
    }
  }
  return -1;
}

function indexOfNumber(buf, value, offset, forward) {
  const byte = value & 0xff;
  const length = buf.length;
  const start = searchStart(length, Math.trunc(offset), 1, forward);
  if (start <= -1 || length === 0) return -1;
  if (forward) return Uint8Array.prototype.indexOf.call(buf, byte, start);
  return Uint8Array.prototype.lastIndexOf.call(buf, byte, start);
}

// ---- the codecs, by normalized name ----

function makeOps(name, encodingVal, byteLength, write, slice, step = 1) {
  return {
    encoding: name,
    encodingVal,
    byteLength,
    write,
    slice,
    indexOf(buf, str, offset, forward) {
      const needle = new Uint8Array(byteLength(str));
      const n = write(needle, str, 0, needle.length);
      return indexOfBytes(buf, n === needle.length ? needle : needle.subarray(0, n), offset, forward, step);
    },
  };
}

const encodingOps = {
  utf8: makeOps('utf8', 1, utf8Length, utf8Write, utf8Slice),
  ucs2: makeOps('utf16le', 3, (s) => s.length * 2, ucs2Write, ucs2Slice, 2),
  utf16le: undefined,
  latin1: makeOps('latin1', 4, (s) => s.length, latin1Write, latin1Slice),
  ascii: makeOps('ascii', 0, (s) => s.length, latin1Write, asciiSlice),
  base64: makeOps('base64', 2, base64ByteLength, base64Write, base64Slice),
  base64url: makeOps('base64url', 6, base64ByteLength, base64Write, base64urlSlice),
  hex: makeOps('hex', 5, (s) => s.length >>> 1, hexWrite, hexSlice),
};
encodingOps.utf16le = encodingOps.ucs2;

// The canonical name of an encoding, or undefined. undefined/'' mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowNormalize(enc);
}

function slowNormalize(enc) {
  switch (`${enc}`.toLowerCase()) {
    case '': case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function getEncodingOps(enc) {
  if (typeof enc !== 'string') enc = `${enc}`;
  const name = normalizeEncoding(enc);
  return name === undefined ? undefined : encodingOps[name];
}

// ---- numbers ----

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, last) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (last > 3) {
      const bits = (last + 1) * 8;
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

function readUIntLE(buf, offset, size) {
  checkBounds(buf, offset, size - 1);
  let v = 0;
  let mul = 1;
  for (let i = 0; i < size; i++) {
    v += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return v;
}

function readUIntBE(buf, offset, size) {
  checkBounds(buf, offset, size - 1);
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 0x100 + buf[offset + i];
  return v;
}

function toSigned(v, size) {
  const limit = 2 ** (size * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function writeIntLE(buf, value, offset, size, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, size - 1);
  let v = Math.trunc(value);
  if (v < 0) v += 2 ** (size * 8);
  for (let i = 0; i < size; i++) {
    const lo = v % 0x100;
    buf[offset + i] = lo;
    v = (v - lo) / 0x100;
  }
  return offset + size;
}

function writeIntBE(buf, value, offset, size, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, size - 1);
  let v = Math.trunc(value);
  if (v < 0) v += 2 ** (size * 8);
  for (let i = size - 1; i >= 0; i--) {
    const lo = v % 0x100;
    buf[offset + i] = lo;
    v = (v - lo) / 0x100;
  }
  return offset + size;
}

function checkByteLength(byteLength) {
  if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const bigEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

// Methods installed on Buffer.prototype by lib/buffer.js.
const numberMethods = {
  readUInt8(offset = 0) {
    validateNumber(offset, 'offset');
    const v = this[offset];
    if (v === undefined) boundsError(offset, this.length - 1);
    return v;
  },
  readInt8(offset = 0) {
    validateNumber(offset, 'offset');
    const v = this[offset];
    if (v === undefined) boundsError(offset, this.length - 1);
    return v | (v & 0x80) * 0x1fffffe;
  },
  readUInt16LE(offset = 0) { return readUIntLE(this, offset, 2); },
  readUInt16BE(offset = 0) { return readUIntBE(this, offset, 2); },
  readUInt32LE(offset = 0) {
    validateNumber(offset, 'offset');
    const a = this[offset];
    const d = this[offset + 3];
    if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
    return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
  },
  readUInt32BE(offset = 0) {
    validateNumber(offset, 'offset');
    const a = this[offset];
    const d = this[offset + 3];
    if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
    return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
  },
  readInt16LE(offset = 0) { return toSigned(readUIntLE(this, offset, 2), 2); },
  readInt16BE(offset = 0) { return toSigned(readUIntBE(this, offset, 2), 2); },
  readInt32LE(offset = 0) {
    validateNumber(offset, 'offset');
    const a = this[offset];
    const d = this[offset + 3];
    if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
    return a | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (d << 24);
  },
  readInt32BE(offset = 0) {
    validateNumber(offset, 'offset');
    const a = this[offset];
    const d = this[offset + 3];
    if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
    return (a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | d;
  },
  readUIntLE(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return readUIntLE(this, offset, byteLength);
  },
  readUIntBE(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return readUIntBE(this, offset, byteLength);
  },
  readIntLE(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return toSigned(readUIntLE(this, offset, byteLength), byteLength);
  },
  readIntBE(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return toSigned(readUIntBE(this, offset, byteLength), byteLength);
  },
  readBigUInt64LE(offset = 0) {
    checkBounds(this, offset, 7);
    const lo = this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
    const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 + this[offset + 7] * 0x1000000;
    return BigInt(lo) + (BigInt(hi) << 32n);
  },
  readBigUInt64BE(offset = 0) {
    checkBounds(this, offset, 7);
    const hi = this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
    const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 + this[offset + 6] * 0x100 + this[offset + 7];
    return (BigInt(hi) << 32n) + BigInt(lo);
  },
  readBigInt64LE(offset = 0) {
    return BigInt.asIntN(64, numberMethods.readBigUInt64LE.call(this, offset));
  },
  readBigInt64BE(offset = 0) {
    return BigInt.asIntN(64, numberMethods.readBigUInt64BE.call(this, offset));
  },
  readFloatLE(offset = 0) { return readFloat(this, offset, !bigEndianHost); },
  readFloatBE(offset = 0) { return readFloat(this, offset, bigEndianHost); },
  readDoubleLE(offset = 0) { return readDouble(this, offset, !bigEndianHost); },
  readDoubleBE(offset = 0) { return readDouble(this, offset, bigEndianHost); },

  writeUInt8(value, offset = 0) {
    value = +value;
    validateNumber(offset, 'offset');
    if (value > 0xff || value < 0) throw new ERR_OUT_OF_RANGE('value', '>= 0 and <= 255', value);
    if (this[offset] === undefined) boundsError(offset, this.length - 1);
    this[offset] = value;
    return offset + 1;
  },
  writeInt8(value, offset = 0) {
    value = +value;
    validateNumber(offset, 'offset');
    if (value > 0x7f || value < -0x80) throw new ERR_OUT_OF_RANGE('value', '>= -128 and <= 127', value);
    if (this[offset] === undefined) boundsError(offset, this.length - 1);
    this[offset] = value;
    return offset + 1;
  },
  writeUInt16LE(value, offset = 0) { return writeIntLE(this, value, offset, 2, 0, 0xffff); },
  writeUInt16BE(value, offset = 0) { return writeIntBE(this, value, offset, 2, 0, 0xffff); },
  writeInt16LE(value, offset = 0) { return writeIntLE(this, value, offset, 2, -0x8000, 0x7fff); },
  writeInt16BE(value, offset = 0) { return writeIntBE(this, value, offset, 2, -0x8000, 0x7fff); },
  writeUInt32LE(value, offset = 0) { return write32(this, value, offset, 0, 0xffffffff, true); },
  writeUInt32BE(value, offset = 0) { return write32(this, value, offset, 0, 0xffffffff, false); },
  writeInt32LE(value, offset = 0) { return write32(this, value, offset, -0x80000000, 0x7fffffff, true); },
  writeInt32BE(value, offset = 0) { return write32(this, value, offset, -0x80000000, 0x7fffffff, false); },
  writeUIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeIntLE(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
  },
  writeUIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeIntBE(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
  },
  writeIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    const half = 2 ** (8 * byteLength - 1);
    return writeIntLE(this, value, offset, byteLength, -half, half - 1);
  },
  writeIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    const half = 2 ** (8 * byteLength - 1);
    return writeIntBE(this, value, offset, byteLength, -half, half - 1);
  },
  writeBigUInt64LE(value, offset = 0) { return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, true); },
  writeBigUInt64BE(value, offset = 0) { return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, false); },
  writeBigInt64LE(value, offset = 0) {
    return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
  },
  writeBigInt64BE(value, offset = 0) {
    return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
  },
  writeFloatLE(value, offset = 0) { return writeFloat(this, value, offset, !bigEndianHost); },
  writeFloatBE(value, offset = 0) { return writeFloat(this, value, offset, bigEndianHost); },
  writeDoubleLE(value, offset = 0) { return writeDouble(this, value, offset, !bigEndianHost); },
  writeDoubleBE(value, offset = 0) { return writeDouble(this, value, offset, bigEndianHost); },
};

// The hot 32-bit case with bit operations (ToUint32 truncates like node).
function write32(buf, value, offset, min, max, little) {
  value = +value;
  if (typeof offset !== 'number' || value > max || value < min ||
      buf[offset] === undefined || buf[offset + 3] === undefined) {
    checkInt(value, min, max, buf, offset, 3);
  }
  const v = value >>> 0;
  if (little) {
    buf[offset] = v; buf[offset + 1] = v >>> 8; buf[offset + 2] = v >>> 16; buf[offset + 3] = v >>> 24;
  } else {
    buf[offset] = v >>> 24; buf[offset + 1] = v >>> 16; buf[offset + 2] = v >>> 8; buf[offset + 3] = v;
  }
  return offset + 4;
}

function writeBig(buf, value, offset, min, max, little) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[little ? offset + i : offset + 7 - i] = lo & 0xff;
    lo >>>= 8;
    buf[little ? offset + 4 + i : offset + 3 - i] = hi & 0xff;
    hi >>>= 8;
  }
  return offset + 8;
}

function readFloat(buf, offset, native) {
  checkBounds(buf, offset, 3);
  for (let i = 0; i < 4; i++) float32Bytes[native ? i : 3 - i] = buf[offset + i];
  return float32[0];
}

function readDouble(buf, offset, native) {
  checkBounds(buf, offset, 7);
  for (let i = 0; i < 8; i++) float64Bytes[native ? i : 7 - i] = buf[offset + i];
  return float64[0];
}

function writeFloat(buf, value, offset, native) {
  value = +value;
  checkBounds(buf, offset, 3);
  float32[0] = value;
  for (let i = 0; i < 4; i++) buf[offset + i] = float32Bytes[native ? i : 3 - i];
  return offset + 4;
}

function writeDouble(buf, value, offset, native) {
  value = +value;
  checkBounds(buf, offset, 7);
  float64[0] = value;
  for (let i = 0; i < 8; i++) buf[offset + i] = float64Bytes[native ? i : 7 - i];
  return offset + 8;
}

// Node's lower-case aliases (readUint8 = readUInt8, readBigUint64LE, ...).
for (const name of Object.keys(numberMethods)) {
  if (name.includes('UInt')) numberMethods[name.replace('UInt', 'Uint')] = numberMethods[name];
}

module.exports = {
  binding,
  encodingOps,
  normalizeEncoding,
  getEncodingOps,
  numberMethods,
  indexOfBytes,
  indexOfNumber,
  utf8Length,
  utf8Write,
  utf8Slice,
  latin1Slice,
  latin1Write,
  base64Write,
  base64ByteLength,
  hexSlice,
  base64Slice,
  base64urlSlice,
  boundsError,
  kSmall,
};
