// Blob and File (the File API): immutable bytes held in one Uint8Array each.
'use strict';

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { utf8Length, utf8Write, utf8Slice } = require('internal/buffer');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

function encodeUtf8(str) {
  const out = new Uint8Array(utf8Length(str));
  utf8Write(out, str, 0, out.length);
  return out;
}

function toBytes(part, endings) {
  if (part instanceof Blob) return part[kBytes];
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (isArrayBufferView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let str = `${part}`;
  if (endings === 'native') str = str.replace(/\r?\n/g, '\n');
  return encodeUtf8(str);
}

function normalizeType(type) {
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return '';
  }
  return type.toLowerCase();
}

function checkThis(self, name) {
  if (!(self instanceof Blob) || self[kBytes] === undefined) throw new ERR_INVALID_THIS(name);
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      const err = new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
      err.message = 'Value cannot be converted to sequence.';
      throw err;
    }
    if (options !== undefined && (options === null || (typeof options !== 'object' && typeof options !== 'function'))) {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const { endings = 'transparent', type = '' } = options ?? {};
    const endingsString = `${endings}`;
    if (endingsString !== 'transparent' && endingsString !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let size = 0;
    for (const source of sources) {
      const bytes = toBytes(source, endingsString);
      parts.push(bytes);
      size += bytes.length;
    }
    const all = new Uint8Array(size);
    let pos = 0;
    for (const p of parts) {
      all.set(p, pos);
      pos += p.length;
    }
    this[kBytes] = all;
    this[kType] = normalizeType(type);
  }

  get type() {
    checkThis(this, 'Blob');
    return this[kType];
  }

  get size() {
    checkThis(this, 'Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    checkThis(this, 'Blob');
    const size = this[kBytes].length;
    const clamp = (v) => {
      v = Math.trunc(Number(v)) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const from = clamp(start);
    const to = end === undefined ? size : clamp(end);
    const blob = new Blob();
    blob[kBytes] = this[kBytes].slice(from, Math.max(from, to));
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  }

  text() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(utf8Slice(this[kBytes], 0, this[kBytes].length));
  }

  bytes() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  stream() {
    checkThis(this, 'Blob');
    const bytes = this[kBytes].slice();
    const { ReadableStream } = require('internal/webstreams/readablestream');
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  textStream() {
    checkThis(this, 'Blob');
    const { TextDecoderStream } = require('internal/webstreams/encoding');
    return this.stream().pipeThrough(new TextDecoderStream());
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `Blob ${fn({ size: this.size, type: this.type }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', configurable: true, writable: false, enumerable: false,
});
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream', 'textStream']) {
  const desc = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(Blob.prototype, name, desc);
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified = options?.lastModified;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `File ${fn({ size: this.size, type: this.type, name: this[kName], lastModified: this[kLastModified] },
      { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', configurable: true, writable: false, enumerable: false,
});
for (const name of ['name', 'lastModified']) {
  const desc = Object.getOwnPropertyDescriptor(File.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(File.prototype, name, desc);
}

function resolveObjectURL() {
  return undefined;
}

module.exports = { Blob, File, resolveObjectURL };
