// node:stream/web: the WHATWG Streams classes. CompressionStream and
// DecompressionStream are missing until node4j has zlib.
'use strict';

const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController,
} = require('internal/webstreams/readablestream');
const {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
} = require('internal/webstreams/writablestream');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transformstream');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController,
  TransformStream, TransformStreamDefaultController,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  ByteLengthQueuingStrategy, CountQueuingStrategy,
  TextEncoderStream, TextDecoderStream,
};
