// compose(a, b, c): one Duplex whose writes go into a and whose reads come
// out of c, with the stages joined by pipeline.
'use strict';

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const {
  isNodeStream, isReadable, isWritable, isWebStream, isReadableStream, isWritableStream, isTransformStream,
} = require('internal/streams/utils');
const { AbortError, codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const eos = require('internal/streams/end-of-stream');
const { newWaiting, forwardWrites, writesFinished, forwardReads, dropWaiting } =
  require('internal/streams/duplex_bridge');

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const orgStreams = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);

  const readableStage = (s) => isReadable(s) || isReadableStream(s) || isTransformStream(s);
  const writableStage = (s) => isWritable(s) || isWritableStream(s) || isTransformStream(s);
  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n]) && !isWebStream(streams[n])) continue;
    if (n < last && !readableStage(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be readable');
    }
    if (n > 0 && !writableStage(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be writable');
    }
  }

  const waiting = newWaiting();
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  const writable = !!writableStage(head);
  const readable = !!readableStage(tail);

  d = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });

  if (writable) {
    if (isWebStream(head)) forwardWritesToWeb(d, head, waiting);
    else forwardWrites(d, head, waiting);
    // Writing is done when the last stage has taken everything in.
    if (isWebStream(tail)) {
      eos(isTransformStream(tail) ? tail.readable : tail, () => writesFinished(waiting));
    } else {
      eos(tail, { readable: false, writable: true }, () => writesFinished(waiting));
    }
  }

  if (readable) {
    if (isWebStream(tail)) forwardReadsFromWeb(d, tail);
    else forwardReads(d, tail, waiting);
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    dropWaiting(waiting);
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      if (isNodeStream(tail)) destroyer(tail, err);
    }
  };
  return d;
}

// The web stream versions of forwardWrites/forwardReads: d's writes go to a
// WritableStream's writer, its reads come from a ReadableStream's reader.
function forwardWritesToWeb(d, head, waiting) {
  const writer = (isTransformStream(head) ? head.writable : head).getWriter();
  d._write = function(chunk, encoding, callback) {
    writer.ready.then(() => {
      writer.write(chunk).catch(() => {});
      callback();
    }, callback);
  };
  d._final = function(callback) {
    writer.ready.then(() => {
      writer.close().catch(() => {});
      waiting.onfinish = callback;
    }, callback);
  };
}

function forwardReadsFromWeb(d, tail) {
  const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
  d._read = function() {
    reader.read().then(({ value, done }) => {
      if (done) {
        d.push(null);
      } else if (d.push(value)) {
        d._read();
      }
    }, () => {});
  };
}

module.exports = compose;
