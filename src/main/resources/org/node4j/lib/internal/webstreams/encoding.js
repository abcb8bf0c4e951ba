// TextEncoderStream and TextDecoderStream: TransformStreams around the
// encoding classes (a lone high surrogate at a chunk's end waits for the next).
'use strict';

const { TextEncoder, TextDecoder } = require('internal/encoding');
const { TransformStream } = require('internal/webstreams/transformstream');
const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { defineInterface, kInspect } = require('internal/webstreams/util');

let inspect;
function describe(self, name, data, depth, options) {
  if (depth < 0) return undefined;
  inspect ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name.text} ${inspect(data, opts)}`;
}

class TextEncoderStream {
  #pendingHighSurrogate = null;
  #encoder = new TextEncoder();
  #transform;

  constructor() {
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        let text = `${chunk}`;
        if (this.#pendingHighSurrogate !== null) {
          text = this.#pendingHighSurrogate + text;
          this.#pendingHighSurrogate = null;
        }
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          this.#pendingHighSurrogate = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(this.#encoder.encode(text));
      },
      flush: (controller) => {
        if (this.#pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() {
    return this.#encoder.encoding;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options) {
    if (typeof this !== 'object' || this === null || !(#encoder in this)) {
      throw new ERR_INVALID_THIS('TextEncoderStream');
    }
    return describe(this, { ctor: TextEncoderStream, text: 'TextEncoderStream' }, {
      encoding: this.#encoder.encoding,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    }, depth, options);
  }
}

class TextDecoderStream {
  #decoder;
  #transform;

  constructor(encoding = 'utf-8', options = {}) {
    this.#decoder = new TextDecoder(encoding, options);
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        const text = this.#decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush: (controller) => {
        const text = this.#decoder.decode();
        if (text) controller.enqueue(text);
        controller.terminate();
      },
    });
  }

  get encoding() {
    return this.#decoder.encoding;
  }

  get fatal() {
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options) {
    if (typeof this !== 'object' || this === null || !(#decoder in this)) {
      throw new ERR_INVALID_THIS('TextDecoderStream');
    }
    return describe(this, { ctor: TextDecoderStream, text: 'TextDecoderStream' }, {
      encoding: this.#decoder.encoding,
      fatal: this.#decoder.fatal,
      ignoreBOM: this.#decoder.ignoreBOM,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    }, depth, options);
  }
}

defineInterface(TextEncoderStream, null);
defineInterface(TextDecoderStream, null);

module.exports = { TextEncoderStream, TextDecoderStream };
