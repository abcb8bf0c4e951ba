// destroy() while a read is pending, async iteration, and finished/pipeline errors.
'use strict';
const { Readable, Writable, PassThrough, finished, pipeline } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
const log = [];

const r = new Readable({
  read() { log.push('_read'); setImmediate(() => r.destroy(new Error('stop'))); },
  destroy(err, cb) { log.push(`_destroy ${err && err.message}`); cb(err); },
});
r.on('data', (d) => log.push(`data ${d}`));
r.on('error', (e) => log.push(`error ${e.message}`));
r.on('close', () => {
  log.push(`close aborted=${r.readableAborted} destroyed=${r.destroyed} errored=${r.errored && r.errored.message}`);
  log.push(`push after destroy -> ${r.push('late')}`);
});
finished(r, (err) => log.push(`finished ${err && err.message}`));

// Premature close.
const p = new PassThrough();
finished(p, (err) => log.push(`p finished ${err && err.code}`));
p.destroy();

// pipeline: an error in the middle destroys all stages.
const src = new Readable({ read() {} });
const mid = new PassThrough();
const dst = new Writable({ write(c, e, cb) { cb(); } });
src.on('close', () => log.push('src close'));
dst.on('close', () => log.push('dst close'));
pipeline(src, mid, dst, (err) => log.push(`pipeline cb ${err && err.message}`));
setTimeout(() => mid.destroy(new Error('mid failed')), 2);

// Async iteration with break destroys the stream.
(async () => {
  const it = Readable.from([1, 2, 3, 4]);
  it.on('close', () => log.push('it close'));
  for await (const x of it) {
    log.push(`it ${x}`);
    if (x === 2) break;
  }
  await pipelineP(Readable.from(['a', 'b']), async function*(source) {
    for await (const c of source) yield c.toUpperCase();
  }, new Writable({ objectMode: true, write(c, e, cb) { log.push(`pp ${c}`); cb(); } }));
  log.push('pipeline promise done');
})();

process.on('exit', () => console.log(log.join('\n')));
