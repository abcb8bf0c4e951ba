// pipe(): backpressure with a slow writer, unpipe, and an error during pipe.
'use strict';
const { Readable, Writable, PassThrough } = require('stream');

const log = [];
let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n > 6) this.push(null);
    else this.push(`c${n}`);
  },
});
const slow = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    log.push(`write ${chunk} len=${this.writableLength} needDrain=${this.writableNeedDrain}`);
    setTimeout(cb, 1);
  },
});
slow.on('drain', () => log.push('drain'));
slow.on('pipe', () => log.push('pipe'));
slow.on('unpipe', () => log.push('unpipe'));
slow.on('finish', () => log.push('finish'));
src.on('end', () => log.push('end'));
src.on('pause', () => log.push('pause'));
src.on('resume', () => log.push('resume'));
src.pipe(slow);

slow.on('close', () => {
  // An error on the destination unpipes the source.
  const a = new PassThrough();
  const b = new Writable({ write(c, e, cb) { cb(new Error('sink failed')); } });
  b.on('error', (e) => log.push(`b error ${e.message} pipes=${a._readableState.pipes.length}`));
  b.on('unpipe', () => log.push('b unpipe'));
  b.on('close', () => {
    log.push(`b close; a flowing=${a.readableFlowing}`);
    console.log(log.join('\n'));
  });
  a.pipe(b);
  a.write('hello');
});
