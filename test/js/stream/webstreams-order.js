// Web streams: chunk and event order through pipeThrough/pipeTo with
// backpressure, a byte stream read with a BYOB reader, tee, the node bridges,
// and the inspect output of each class.
'use strict';
const util = require('util');
const { Readable, Writable } = require('stream');
const log = (...args) => console.log(...args);

async function main() {
  const source = new ReadableStream({
    start(c) { log('source start', c.desiredSize); },
    pull(c) {
      this.n = (this.n ?? 0) + 1;
      if (this.n <= 3) c.enqueue(`chunk${this.n}`);
      else c.close();
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const upper = new TransformStream({
    transform(chunk, c) { log('transform', chunk); c.enqueue(chunk.toUpperCase()); },
    flush() { log('flush'); },
  });
  const sink = new WritableStream({
    write(chunk) { log('write', chunk); return new Promise((r) => setTimeout(r, 1)); },
    close() { log('sink close'); },
  }, { highWaterMark: 1 });
  await source.pipeThrough(upper).pipeTo(sink);
  log('piped');

  const bytes = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const view = c.byobRequest.view;
      log('byte pull', view.byteLength);
      view.set([1, 2, 3].slice(0, view.byteLength));
      c.byobRequest.respond(Math.min(3, view.byteLength));
      if (++this.count === 2) c.close();
    },
    count: 0,
  });
  const reader = bytes.getReader({ mode: 'byob' });
  log(reader);
  let r;
  do {
    r = await reader.read(new Uint8Array(2));
    log('byob read', r);
  } while (!r.done);

  const [a, b] = ReadableStream.from(['x', 'y']).tee();
  for await (const v of a) log('tee a', v);
  for await (const v of b) log('tee b', v);

  const web = Readable.toWeb(Readable.from(['n1', 'n2'], { objectMode: true }));
  for await (const v of web) log('toWeb', v);
  const out = [];
  const w = Writable.fromWeb(new WritableStream({ write(c) { out.push(Buffer.from(c).toString()); } }));
  w.write('hello');
  w.end('world', () => log('fromWeb finished', out));
  await new Promise((resolve) => w.on('close', resolve));

  const aborted = new ReadableStream({ pull(c) { c.enqueue(1); } });
  const ac = new AbortController();
  const p = aborted.pipeTo(new WritableStream({ write() { ac.abort(new Error('stop')); } }), { signal: ac.signal });
  await p.catch((err) => log('pipeTo rejected', err.message));

  log(new ReadableStream(), new WritableStream(), new TransformStream());
  log(util.inspect(new TransformStream(), { depth: 0 }));
  log(new WritableStream().getWriter());
  log(Object.prototype.toString.call(new ReadableStream().getReader()),
      Object.prototype.toString.call(new TextEncoderStream()));
  try {
    ReadableStream.prototype.getReader.call({});
  } catch (err) {
    log(err.code, err.message);
  }
}
main();
