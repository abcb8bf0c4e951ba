// node:string_decoder — decodes a stream of Buffers into strings without
// splitting multi-byte characters. The state lives in a 7-byte buffer laid out
// like Node's: held bytes [0, 4), missing bytes [4], buffered bytes [5],
// encoding [6]; lastChar/lastNeed/lastTotal read it.
'use strict';

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } = require('internal/errors').codes;
const { isArrayBufferView } = require('internal/util/types');
const { normalizeEncoding, encodingOps } = require('internal/buffer');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncodingField = 6;
const encodingIds = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

function FastBuffer(length) {
  return require('buffer').Buffer.alloc(length);
}

function toBuffer(view) {
  const { Buffer } = require('buffer');
  if (view instanceof Buffer) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// A function, not a class: code written for old node calls it on an
// existing object (StringDecoder.call(obj, 'utf8')) to initialise it.
function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  const state = FastBuffer(7);
  state[kEncodingField] = encodingIds[normalized];
  this[kNativeDecoder] = state;
}

const decoderMethods = {
  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!isArrayBufferView(buf)) {
      throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    if (this?.[kNativeDecoder] === undefined) throw new ERR_INVALID_THIS('StringDecoder');
    return decode(this, toBuffer(buf), false);
  },

  end(buf) {
    let out = '';
    if (buf !== undefined) out = this.write(buf);
    return out + decode(this, undefined, true);
  },

  text(buf, offset) {
    const state = this[kNativeDecoder];
    state[kMissing] = 0;
    state[kBuffered] = 0;
    return this.write(buf.slice(offset));
  },

  get lastChar() {
    return this[kNativeDecoder].subarray(0, kMissing);
  },

  get lastNeed() {
    return this[kNativeDecoder][kMissing];
  },

  get lastTotal() {
    return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing];
  },
};
for (const name of Object.keys(Object.getOwnPropertyDescriptors(decoderMethods))) {
  const descriptor = Object.getOwnPropertyDescriptor(decoderMethods, name);
  descriptor.enumerable = false;
  Object.defineProperty(StringDecoder.prototype, name, descriptor);
}

function hold(state, bytes, from, missing) {
  const n = bytes.length - from;
  for (let i = 0; i < n; i++) state[i] = bytes[from + i];
  state[kBuffered] = n;
  state[kMissing] = missing;
}

// How many bytes at the end start a UTF-8 sequence that is still short. Unlike
// TextDecoder, node's decoder goes by the lead byte's bit pattern alone (0xC0,
// 0xE0, 0xF0-0xF7 all announce a sequence) and holds it back until it is
// complete or contradicted; invalid sequences become U+FFFD only then.
function incompleteUtf8Tail(bytes, end) {
  for (let i = end - 1; i >= 0 && i >= end - 3; i--) {
    const c = bytes[i];
    if ((c & 0xc0) === 0x80) continue;
    const need = (c & 0xe0) === 0xc0 ? 2 : (c & 0xf0) === 0xe0 ? 3 : (c & 0xf8) === 0xf0 ? 4 : 0;
    const have = end - i;
    return have < need ? have : 0;
  }
  return 0;
}

// Decodes held bytes + chunk; with flush, also whatever is held at the end.
function decode(decoder, chunk, flush) {
  const state = decoder[kNativeDecoder];
  const encoding = decoder.encoding;
  const held = state[kBuffered];
  let bytes;
  if (held > 0) {
    const len = chunk === undefined ? 0 : chunk.length;
    bytes = FastBuffer(held + len);
    for (let i = 0; i < held; i++) bytes[i] = state[i];
    if (len > 0) bytes.set(chunk, held);
  } else {
    bytes = chunk === undefined ? FastBuffer(0) : chunk;
  }
  state[kBuffered] = 0;
  state[kMissing] = 0;
  const ops = encodingOps[encoding];
  switch (encoding) {
    case 'utf8': {
      if (flush) return ops.slice(bytes, 0, bytes.length);
      const tail = incompleteUtf8Tail(bytes, bytes.length);
      const end = bytes.length - tail;
      if (tail > 0) {
        const lead = bytes[end];
        const total = (lead & 0xf8) === 0xf0 ? 4 : (lead & 0xf0) === 0xe0 ? 3 : 2;
        hold(state, bytes, end, total - tail);
      }
      return ops.slice(bytes, 0, end);
    }
    case 'utf16le': {
      // Node completes a held unit (or held surrogate pair) first and emits it
      // as is; only the rest of the chunk holds back an odd byte or a trailing
      // high surrogate.
      let out = '';
      let start = 0;
      if (held > 0) {
        const want = held === 1 ? 2 : 4;
        if (bytes.length < want && !flush) {
          hold(state, bytes, 0, want - bytes.length);
          return '';
        }
        start = Math.min(want, bytes.length);
        out = ops.slice(bytes, 0, start & ~1);
      }
      if (flush) return out + ops.slice(bytes, start, start + ((bytes.length - start) & ~1));
      let end = start + ((bytes.length - start) & ~1);
      if (end === bytes.length && end - start >= 2) {
        const last = bytes[end - 2] | (bytes[end - 1] << 8);
        if (last >= 0xd800 && last < 0xdc00) end -= 2;
      }
      if (end < bytes.length) hold(state, bytes, end, bytes.length - end === 1 ? 1 : 2);
      return out + ops.slice(bytes, start, end);
    }
    case 'base64':
    case 'base64url': {
      if (flush) return bytes.length === 0 ? '' : ops.slice(bytes, 0, bytes.length);
      const end = bytes.length - (bytes.length % 3);
      if (end < bytes.length) hold(state, bytes, end, 3 - (bytes.length - end));
      return end === 0 ? '' : ops.slice(bytes, 0, end);
    }
    default:
      return bytes.length === 0 ? '' : ops.slice(bytes, 0, bytes.length);
  }
}

module.exports = { StringDecoder };
