// The bridges between node streams and web streams: Readable/Writable/Duplex
// .toWeb() and .fromWeb(). Each side's end, error and destruction reach the
// other side; node backpressure (pause, 'drain') meets the web one (desiredSize,
// ready).
'use strict';

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { isDestroyed, isReadable, isWritable, isWritableEnded } = require('internal/streams/utils');
const { destroyer: destroy } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { deferred } = require('internal/webstreams/util');

let Readable;
let Writable;
let Duplex;
let Buffer;

function lazyBuffer() {
  Buffer ??= require('buffer').Buffer;
  return Buffer;
}

// A premature close seen from the web side is an abort.
function webError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

// A node stream's destroy callback, called once the web side has settled; if it
// throws, the error surfaces as uncaught (there is no caller left to take it).
function finishDestroy(callback, error) {
  return () => {
    try {
      callback(error);
    } catch (err) {
      process.nextTick(() => { throw err; });
    }
  };
}

// The read() of a node reader over a web reader: one web read per node read.
function readerMethod(reader, getStream) {
  return function read() {
    reader.read().then((result) => {
      if (result.done) getStream().push(null);
      else getStream().push(result.value);
    }, (error) => destroy(getStream(), error));
  };
}

// ---- node -> web -------------------------------------------------------------------

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options.strategy ?? (objectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark, size(chunk) { return chunk.byteLength; } });

  let controller;
  let canceled = false;
  function onData(chunk) {
    if (canceled) return;
    if (!objectMode && lazyBuffer().isBuffer(chunk)) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  function onFinished(error) {
    cleanup();
    // Later errors must not crash the process: the web side has its answer.
    streamReadable.on('error', () => {});
    if (canceled) return;
    if (error) {
      controller.error(webError(error));
      return;
    }
    controller.close();
  }
  streamReadable.pause();
  const cleanup = eos(streamReadable, onFinished);
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) {
      canceled = true;
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };

  let controller;
  let backpressure;
  let closed;

  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }

  const cleanup = eos(streamWritable, (error) => {
    error = webError(error);
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = deferred();
        const done = () => { backpressure = undefined; };
        return backpressure.promise.then(done, (error) => {
          done();
          throw error;
        });
      }
    },
    abort(reason) { destroy(streamWritable, reason); },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
    },
  }, strategy);
}

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  let writable;
  if (isWritable(duplex)) {
    writable = newWritableStreamFromStreamWritable(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }
  let readable;
  if (isReadable(duplex)) {
    readable = newReadableStreamFromStreamReadable(duplex);
  } else {
    readable = new ReadableStream();
    readable.cancel();
  }
  return { writable, readable };
}

// ---- web -> node -------------------------------------------------------------------

function validateEncoding(encoding) {
  if (encoding !== undefined && !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  Readable ??= require('internal/streams/readable');

  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode, highWaterMark, encoding, signal,
    read: readerMethod(reader, () => readable),
    destroy(error, callback) {
      const done = finishDestroy(callback, error);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

let encoder;
// What a node writer hands over becomes bytes for the web side.
function toWebChunk(chunk, encoding, decodeStrings, objectMode) {
  if (typeof chunk !== 'string' || !decodeStrings || objectMode) return chunk;
  const enc = `${encoding}`.toLowerCase();
  if (enc === 'utf8' || enc === 'utf-8' || encoding === undefined) {
    encoder ??= new TextEncoder();
    return encoder.encode(chunk);
  }
  const buf = lazyBuffer().from(chunk, encoding);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// The write/writev/final parts of a node writer over a web writer.
function writerMethods(writer, isClosed, getStream, decodeStrings, objectMode) {
  return {
    writev(chunks, callback) {
      const done = (error) => {
        const errors = Array.isArray(error) ? error.filter((e) => e) : [error].filter((e) => e);
        try {
          callback(errors.length === 0 ? undefined : errors[0]);
        } catch (err) {
          process.nextTick(() => destroy(getStream(), err));
        }
      };
      writer.ready.then(() => Promise.all(chunks.map((data) =>
        writer.write(toWebChunk(data.chunk, data.encoding, decodeStrings, objectMode)))).then(() => done(), done),
      done);
    },
    write(chunk, encoding, callback) {
      chunk = toWebChunk(chunk, encoding, decodeStrings, objectMode);
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroy(getStream(), err);
        }
      };
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    final(callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroy(getStream(), err));
        }
      };
      if (!isClosed()) writer.close().then(() => done(), done);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  Writable ??= require('internal/streams/writable');

  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    ...writerMethods(writer, () => closed, () => writable, decodeStrings, objectMode),
    destroy(error, callback) {
      const done = finishDestroy(callback, error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncoding(encoding);
  Duplex ??= require('internal/streams/duplex');

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const duplex = new Duplex({
    allowHalfOpen, highWaterMark, objectMode, encoding, decodeStrings, signal,
    ...writerMethods(writer, () => writableClosed, () => duplex, decodeStrings, objectMode),
    read: readerMethod(reader, () => duplex),
    destroy(error, callback) {
      const done = finishDestroy(callback, error);
      const closeWriter = async () => {
        if (!writableClosed) await writer.abort(error);
      };
      const closeReader = async () => {
        if (!readableClosed) await reader.cancel(error);
      };
      if (!writableClosed || !readableClosed) {
        Promise.all([closeWriter(), closeReader()]).then(done, done);
        return;
      }
      done();
    },
  });
  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newWritableStreamFromStreamWritable,
  newReadableWritablePairFromDuplex,
  newStreamReadableFromReadableStream,
  newStreamWritableFromWritableStream,
  newStreamDuplexFromReadableWritablePair,
};
