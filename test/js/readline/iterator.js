// for await over an Interface: lines that arrive before next() is called are
// queued, the loop ends at 'close', break leaves the interface open.
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');

(async () => {
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    input.write('one\ntwo\nthree\n');
    await new Promise((r) => setTimeout(r, 20));
    const got = [];
    setTimeout(() => input.end('four'), 20);
    for await (const line of it) got.push(line);
    console.log('all', got);
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('close', () => console.log('closed'));
    const it = rl[Symbol.asyncIterator]();
    input.write('a\nb\nc\n');
    for await (const line of it) {
      console.log('first', line);
      break;
    }
    console.log('after break closed:', rl.closed);
    rl.close();
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    const wm = it[Symbol.for('nodejs.watermarkData')];
    console.log('watermark', wm.high, wm.low);
    const err = new Error('boom');
    setImmediate(() => input.destroy(err));
    try { for await (const l of it) console.log(l); } catch (e) { console.log('error', e.message); }
  }
})();
