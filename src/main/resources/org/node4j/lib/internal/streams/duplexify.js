// Duplex.from(body): a Duplex from a stream, an iterable, an async generator
// function, a promise, or a { readable, writable } pair.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE } } = require('internal/errors');
const {
  isDuplexNodeStream, isReadableNodeStream, isWritableNodeStream, isIterable, isNodeStream,
  isReadableStream, isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { newWaiting, forwardWrites, writesFinished, forwardReads, dropWaiting } =
  require('internal/streams/duplex_bridge');

function duplexify(body, name) {
  const Duplex = require('internal/streams/duplex');
  const Readable = require('internal/streams/readable');
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return pair({ readable: body });
  if (isWritableNodeStream(body)) return pair({ writable: body });
  if (isNodeStream(body)) return pair({ writable: false, readable: false });
  if (isReadableStream(body)) return pair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return pair({ writable: require('internal/streams/writable').fromWeb(body) });
  if (body instanceof require('internal/blob').Blob) return duplexify(body.arrayBuffer(), name);

  if (typeof body === 'function') {
    // An async generator function: its input is what is written to us.
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) {
      return from(Duplex, value, { objectMode: true, write, final, destroy });
    }
    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => { destroyImpl.destroyer(d, err); });
      d = new Duplex({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isIterable(body)) return from(Duplex, body, { objectMode: true, writable: false });

  if (typeof body?.then === 'function') {
    let d;
    body.then((val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => { destroyImpl.destroyer(d, err); });
    d = new Duplex({ objectMode: true, writable: false, read() {} });
    return d;
  }

  if (typeof body === 'object' && body !== null &&
      (isReadableNodeStream(body.readable) || isWritableNodeStream(body.writable) ||
       isReadableStream(body.readable) || isWritableStream(body.writable))) {
    const readable = body.readable ? (isReadableNodeStream(body.readable) ? body.readable :
      duplexify(body.readable)) : undefined;
    const writable = body.writable ? (isWritableNodeStream(body.writable) ? body.writable :
      duplexify(body.writable)) : undefined;
    return pair({ readable, writable });
  }

  throw new ERR_INVALID_ARG_TYPE(name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
      '{ readable, writable } pair', 'Promise'], body);
}

function from(Duplex, iterable, opts) {
  const Readable = require('internal/streams/readable');
  return require('internal/streams/from')(Duplex, iterable, opts);
}

// Runs an async generator function over what is written to the Duplex.
function fromAsyncGen(fn) {
  let { promise, resolve } = Promise.withResolvers();
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function*() {
    while (true) {
      const current = promise;
      promise = null;
      const { chunk, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
      ({ promise, resolve } = Promise.withResolvers());
      yield chunk;
    }
  }(), { signal });
  return {
    value,
    write(chunk, encoding, cb) {
      const resolveFn = resolve;
      resolve = null;
      resolveFn({ chunk, done: false, cb });
    },
    final(cb) {
      const resolveFn = resolve;
      resolve = null;
      resolveFn({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// One Duplex over a separate readable and writable.
function pair({ readable, writable }) {
  const Duplex = require('internal/streams/duplex');
  let r = isReadableNodeStream(readable);
  let w = isWritableNodeStream(writable);
  const waiting = newWaiting();
  // Until either side has ended or failed, destroying the pair is an abort: the
  // sides are destroyed too and _destroy completes when one of them closes.
  let sideSettled = false;
  let destroyDone = null;
  const d = new Duplex({
    readableObjectMode: !!readable?.readableObjectMode,
    writableObjectMode: !!writable?.writableObjectMode,
    readable: r,
    writable: w,
  });
  if (w) {
    eos(writable, (err) => {
      w = false;
      if (err) destroyImpl.destroyer(readable, err);
      onfinished(err);
    });
    forwardWrites(d, writable, waiting);
    writable.on('finish', () => writesFinished(waiting));
  }
  function onfinished(err) {
    sideSettled = true;
    const done = destroyDone;
    destroyDone = null;
    if (done) done(err);
    else if (err) d.destroy(err);
    else if (!r && !w) d.destroy();
  }
  if (r) {
    eos(readable, (err) => {
      r = false;
      if (err) destroyImpl.destroyer(readable, err);
      onfinished(err);
    });
    forwardReads(d, readable, waiting);
  }
  d._destroy = function(err, callback) {
    dropWaiting(waiting);
    if (sideSettled) {
      callback(err);
      return;
    }
    if (!err) err = new (require('internal/errors').AbortError)();
    destroyDone = callback;
    if (isNodeStream(writable)) destroyImpl.destroyer(writable, err);
    if (isNodeStream(readable)) destroyImpl.destroyer(readable, err);
  };
  return d;
}

module.exports = duplexify;
