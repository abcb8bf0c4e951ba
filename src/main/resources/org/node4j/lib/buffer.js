// node:buffer — Buffer is a Uint8Array subclass (FastBuffer) whose prototype
// carries Node's API; small buffers are carved out of a shared pool. The
// codecs and number accessors live in internal/buffer.js.
'use strict';

const {
  ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  ERR_INVALID_BUFFER_SIZE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING, ERR_MISSING_ARGS,
  ERR_INVALID_STATE, ERR_STRING_TOO_LONG,
} = require('internal/errors').codes;
const { validateNumber, validateArray, validateInteger, validateString } = require('internal/validators');
const types = require('internal/util/types');
const {
  binding, encodingOps, normalizeEncoding, getEncodingOps, numberMethods,
  indexOfBytes, indexOfNumber, utf8Length, utf8Write, utf8Slice,
} = require('internal/buffer');

const { isAnyArrayBuffer, isArrayBufferView, isUint8Array, isTypedArray } = types;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const kMaxLength = Number.MAX_SAFE_INTEGER;
const kStringMaxLength = 536870888;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---- the pool ----

let allocPool;
let poolOffset = 0;
let currentPoolSize = 0;

function createPool() {
  currentPoolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(currentPoolSize);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 7) poolOffset = (poolOffset | 7) + 1;
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > currentPoolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

// ---- Buffer ----

let deprecationWarned = false;
function warnDeprecatedConstructor() {
  if (deprecationWarned) return;
  const stack = new Error().stack || '';
  const frames = stack.split('\n').slice(1).filter((l) => !l.includes('node:'));
  if (frames.length > 0 && frames[0].includes('node_modules')) return;
  deprecationWarned = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  warnDeprecatedConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 64 * 1024;

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  const half = Buffer.poolSize >>> 1;
  if (string.length * 3 < half && ops === encodingOps.utf8) {
    // At most 3 bytes per UTF-16 unit: encode straight into the pool.
    if (allocPool === undefined || string.length * 3 > currentPoolSize - poolOffset) createPool();
    const room = new FastBuffer(allocPool, poolOffset, currentPoolSize - poolOffset);
    const n = utf8Write(room, string, 0, room.length);
    const b = new FastBuffer(allocPool, poolOffset, n);
    poolOffset += n;
    alignPool();
    return b;
  }
  const length = ops.byteLength(string);
  const b = allocate(length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) {
    const trimmed = new FastBuffer(b.buffer, b.byteOffset, actual);
    if (b.buffer === allocPool && poolOffset >= b.byteOffset + length) {
      poolOffset = b.byteOffset + actual;
      alignPool();
    }
    return trimmed;
  }
  return b;
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  const b = allocate(length);
  if (isTypedArray(obj) || Array.isArray(obj)) {
    b.set(obj, 0);
  } else {
    for (let i = 0; i < length; i++) b[i] = obj[i];
  }
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  let start = 0;
  let end = viewLength;
  if (offset !== undefined) {
    validateInteger(offset, 'offset', 0);
    if (offset >= viewLength) return Buffer.alloc(0);
    start = offset;
  }
  if (length !== undefined) {
    validateInteger(length, 'length', 0);
    end = Math.min(viewLength, start + length);
  }
  const part = view.slice(start, end);
  return fromArrayLike(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return doFill(new FastBuffer(size), fill, 0, size, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareRange(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Object.defineProperty(Buffer, Symbol('kIsEncodingSymbol'), {
  __proto__: null, value: Buffer.isEncoding, writable: true, enumerable: false, configurable: true,
});

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyBytes(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : utf8Length(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : utf8Length(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---- helpers ----

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function plainRangeError(message) {
  const err = new RangeError(message);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function compareRange(a, aStart, aEnd, b, bStart, bEnd) {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

// Copies source[sourceStart, sourceEnd) to target at targetStart, clipped to
// both; returns the number of bytes copied.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const available = source.length - sourceStart;
  if (nb > available) nb = available;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === source.length) {
    target.set(source, targetStart);
  } else {
    target.set(new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb), targetStart);
  }
  return nb;
}

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

function encodeForFill(value, normalized) {
  const ops = encodingOps[normalized];
  const bytes = new FastBuffer(ops.byteLength(value));
  const n = ops.write(bytes, value, 0, bytes.length);
  return n === bytes.length ? bytes : bytes.subarray(0, n);
}

function doFill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') bytes = encodeForFill(value, normalizeEncoding(encoding));
  else if (isArrayBufferView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
  else {
    Uint8Array.prototype.fill.call(buf, (+value >>> 0) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  const total = end - offset;
  const first = Math.min(bytes.length, total);
  buf.set(first === bytes.length ? bytes : bytes.subarray(0, first), offset);
  // Double the filled prefix until the range is full.
  let filled = first;
  while (filled < total) {
    const n = Math.min(filled, total - filled);
    buf.copyWithin(offset + filled, offset, offset + n);
    filled += n;
  }
  return buf;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  if (!isUint8Array(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'Uint8Array'], buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, forward);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, forward);
  }
  if (isUint8Array(val)) {
    const step = ops !== undefined && ops.encoding === 'utf16le' ? 2 : 1;
    return indexOfBytes(buffer, val, byteOffset, forward, step);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function swapSizeError(bits) {
  return new ERR_INVALID_BUFFER_SIZE(`${bits}-bits`);
}

function notString() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// ---- prototype ----

const proto = Buffer.prototype;
const methods = {
  ...numberMethods,

  asciiSlice(start, end) { return sliceWith('ascii', this, start, end); },
  base64Slice(start, end) { return sliceWith('base64', this, start, end); },
  base64urlSlice(start, end) { return sliceWith('base64url', this, start, end); },
  latin1Slice(start, end) { return sliceWith('latin1', this, start, end); },
  hexSlice(start, end) { return sliceWith('hex', this, start, end); },
  ucs2Slice(start, end) { return sliceWith('ucs2', this, start, end); },
  utf8Slice(start, end) { return sliceWith('utf8', this, start, end); },
  asciiWrite(string, offset, length) { return writeWith('ascii', this, string, offset, length); },
  base64Write(string, offset, length) { return writeWith('base64', this, string, offset, length); },
  base64urlWrite(string, offset, length) { return writeWith('base64url', this, string, offset, length); },
  latin1Write(string, offset, length) { return writeWith('latin1', this, string, offset, length); },
  hexWrite(string, offset, length) { return writeWith('hex', this, string, offset, length); },
  ucs2Write(string, offset, length) { return writeWith('ucs2', this, string, offset, length); },
  utf8Write(string, offset, length) { return writeWith('utf8', this, string, offset, length); },

  copy(target, targetStart, sourceStart, sourceEnd) {
    const source = this;
    if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
    if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
      if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > source.byteLength) {
        throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = source.byteLength;
    } else {
      sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
    return copyBytes(source, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (encoding === undefined && start === undefined && end === undefined) {
      return utf8Slice(this, 0, this.length);
    }
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return utf8Slice(this, start, end);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return checkedSlice(ops, this, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return compareRange(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
  },

  inspect(recurseTimes, ctx) {
    const max = INSPECT_MAX_BYTES;
    const shown = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = '';
    for (let i = 0; i < shown; i++) {
      str += (i === 0 ? '' : ' ') + (this[i] < 16 ? '0' : '') + this[i].toString(16);
    }
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
      const extra = { __proto__: null };
      let any = false;
      for (const key of keys) {
        if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
        any = true;
        extra[key] = this[key];
      }
      if (ctx.showHidden) {
        for (const sym of Object.getOwnPropertySymbols(this)) { any = true; extra[sym] = this[sym]; }
      } else {
        for (const sym of Object.getOwnPropertySymbols(this)) {
          if (Object.prototype.propertyIsEnumerable.call(this, sym)) { any = true; extra[sym] = this[sym]; }
        }
      }
      if (any) {
        const { inspect } = require('internal/util/inspect');
        const text = inspect(extra, { ...ctx, breakLength: Infinity, compact: true });
        if (this.length !== 0) str += ', ';
        str += text.slice(text.indexOf('{') + 2, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return compareRange(this, 0, this.length, target, 0, target.length);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    if (sourceStart > this.length) throw plainRangeError('The value of "sourceStart" is out of range.');
    if (targetStart > target.length) throw plainRangeError('The value of "targetStart" is out of range.');
    return compareRange(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return doFill(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (offset === undefined) return writeWith('utf8', this, string, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return writeWith('utf8', this, string, offset, length);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof string !== 'string') throw notString();
    return ops.write(this, string, offset, length);
  },

  toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  },

  subarray(start, end) {
    const length = this.length;
    start = adjustOffset(start, length);
    end = end !== undefined ? adjustOffset(end, length) : length;
    return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
  },

  slice(start, end) {
    const length = this.length;
    start = adjustOffset(start, length);
    end = end !== undefined ? adjustOffset(end, length) : length;
    return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
  },

  swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw swapSizeError(16);
    for (let i = 0; i < len; i += 2) {
      const t = this[i]; this[i] = this[i + 1]; this[i + 1] = t;
    }
    return this;
  },

  swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw swapSizeError(32);
    for (let i = 0; i < len; i += 4) {
      let t = this[i]; this[i] = this[i + 3]; this[i + 3] = t;
      t = this[i + 1]; this[i + 1] = this[i + 2]; this[i + 2] = t;
    }
    return this;
  },

  swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw swapSizeError(64);
    for (let i = 0; i < len; i += 8) {
      for (let j = 0; j < 4; j++) {
        const t = this[i + j]; this[i + j] = this[i + 7 - j]; this[i + 7 - j] = t;
      }
    }
    return this;
  },
};

// Installed in Node's order, so that property listings match.
const protoOrder = `readBigUInt64LE readBigUInt64BE readBigUint64LE readBigUint64BE readBigInt64LE
  readBigInt64BE writeBigUInt64LE writeBigUInt64BE writeBigUint64LE writeBigUint64BE writeBigInt64LE
  writeBigInt64BE readUIntLE readUInt32LE readUInt16LE readUInt8 readUIntBE readUInt32BE readUInt16BE
  readUintLE readUint32LE readUint16LE readUint8 readUintBE readUint32BE readUint16BE readIntLE
  readInt32LE readInt16LE readInt8 readIntBE readInt32BE readInt16BE writeUIntLE writeUInt32LE
  writeUInt16LE writeUInt8 writeUIntBE writeUInt32BE writeUInt16BE writeUintLE writeUint32LE
  writeUint16LE writeUint8 writeUintBE writeUint32BE writeUint16BE writeIntLE writeInt32LE
  writeInt16LE writeInt8 writeIntBE writeInt32BE writeInt16BE readFloatLE readFloatBE readDoubleLE
  readDoubleBE writeFloatLE writeFloatBE writeDoubleLE writeDoubleBE asciiSlice base64Slice
  base64urlSlice latin1Slice hexSlice ucs2Slice utf8Slice asciiWrite base64Write base64urlWrite
  latin1Write hexWrite ucs2Write utf8Write parent offset copy toString equals inspect compare
  indexOf lastIndexOf includes fill write toJSON subarray slice swap16 swap32 swap64
  toLocaleString`.split(/\s+/);
const accessors = {
  __proto__: null,
  parent: { get() { return this instanceof Buffer ? this.buffer : undefined; } },
  offset: { get() { return this instanceof Buffer ? this.byteOffset : undefined; } },
};
methods.toLocaleString = methods.toString;
for (const name of protoOrder) {
  if (accessors[name]) {
    Object.defineProperty(proto, name, {
      __proto__: null, get: accessors[name].get, enumerable: true, configurable: true,
    });
  } else {
    proto[name] = methods[name];
  }
}
proto[customInspect] = methods.inspect;

function checkedSlice(ops, buf, start, end) {
  if (end - start > kStringMaxLength) {
    throw new ERR_STRING_TOO_LONG(kStringMaxLength.toString(16));
  }
  return ops.slice(buf, start, end);
}

function sliceWith(encoding, buf, start, end) {
  const len = buf.length;
  start = start === undefined ? 0 : start;
  end = end === undefined ? len : end;
  start = Math.trunc(start) || 0;
  end = Math.trunc(end) || 0;
  if (start < 0 || end > len || start > end) {
    if (start > end && end >= 0 && end <= len) return '';
    throw plainRangeError('Index out of range');
  }
  return checkedSlice(encodingOps[encoding], buf, start, end);
}

function writeWith(encoding, buf, string, offset, length) {
  if (typeof string !== 'string') throw notString();
  offset = offset === undefined ? 0 : Math.trunc(offset) || 0;
  if (offset < 0 || offset > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  const max = buf.length - offset;
  length = length === undefined ? max : Math.min(max, Math.trunc(length) || 0);
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  if (length === 0) return 0;
  return encodingOps[encoding].write(buf, string, offset, length);
}

// ---- the rest of the module ----

function SlowBufferImpl(size) {
  validateSize(size);
  return new FastBuffer(size);
}
let slowWarned = false;
function deprecated(size) {
  if (!slowWarned) {
    slowWarned = true;
    process.emitWarning('SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()',
      'DeprecationWarning', 'DEP0030');
  }
  return SlowBufferImpl(size);
}
const SlowBuffer = deprecated;
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function validateBytesInput(input) {
  if (!isArrayBufferView(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  const ab = isAnyArrayBuffer(input) ? input : input.buffer;
  if (ab.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
  if (isAnyArrayBuffer(input)) return [input, 0, input.byteLength];
  return [input.buffer, input.byteOffset, input.byteLength];
}

function isUtf8(input) {
  const [ab, off, len] = validateBytesInput(input);
  return binding.isUtf8(ab, off, len);
}

function isAscii(input) {
  const [ab, off, len] = validateBytesInput(input);
  if (len <= 64) {
    const u8 = new Uint8Array(ab, off, len);
    for (let i = 0; i < len; i++) if (u8[i] >= 0x80) return false;
    return true;
  }
  return binding.isAscii(ab, off, len);
}

const transcodable = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!transcodable.has(from) || !transcodable.has(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = encodingOps[from].slice(source, 0, source.length);
  if (to === 'latin1' || to === 'ascii') {
    const limit = to === 'latin1' ? 0xff : 0x7f;
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) i++;
      }
      out += c > limit ? '?' : text[i];
    }
    text = out;
  }
  return fromString(text, to);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter('Invalid character');
  }
  return fromString(input, 'latin1').toString('base64');
}

function invalidCharacter(message) {
  return new DOMException(message, 'InvalidCharacterError');
}

const base64Alphabet = /^[A-Za-z0-9+/]*$/;
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) {
    if (input.endsWith('==')) input = input.slice(0, -2);
    else if (input.endsWith('=')) input = input.slice(0, -1);
  }
  if (!base64Alphabet.test(input)) throw invalidCharacter('Invalid character');
  if (input.length % 4 === 1) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  return fromString(input, 'base64').latin1Slice(0, undefined);
}

let blobModule;
function blob() {
  if (blobModule === undefined) blobModule = require('internal/blob');
  return blobModule;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
};

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(value) {
      validateNumber(value, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = value;
    },
  },
  Blob: {
    __proto__: null, enumerable: true, configurable: true, get() { return blob().Blob; },
  },
  File: {
    __proto__: null, enumerable: true, configurable: true, get() { return blob().File; },
  },
  resolveObjectURL: {
    __proto__: null, enumerable: true, configurable: true, get() { return blob().resolveObjectURL; },
  },
});
