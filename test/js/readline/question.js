// question(): the prompt is written to output, the next line answers it
// (not emitted as 'line'), the old prompt comes back; AbortSignal cancels;
// use after close throws ERR_USE_AFTER_CLOSE; readline/promises resolves and
// rejects with AbortError.
'use strict';
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');

const out = [];
const output = new PassThrough();
output.on('data', (d) => out.push(JSON.stringify(String(d))));

(async () => {
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, output, prompt: '$ ' });
    rl.on('line', (l) => console.log('line', l));
    await new Promise((resolve) => {
      rl.question('name? ', (a) => {
        console.log('answer', a, 'prompt', rl.getPrompt());
        resolve();
      });
      input.write('bob\nnext\n');
    });
    await new Promise((r) => setImmediate(r));
    const ac = new AbortController();
    rl.question('never? ', { signal: ac.signal }, () => console.log('not called'));
    ac.abort();
    input.write('after abort\n');
    await new Promise((r) => setImmediate(r));
    rl.close();
    for (const f of [() => rl.question('x', () => {}), () => rl.write('x'), () => rl.prompt()]) {
      try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    console.log('closed', rl.closed);
  }
  {
    const input = new PassThrough();
    const rl = rlp.createInterface({ input, output });
    const p = rl.question('q1 ');
    input.write('yes\n');
    console.log('promise answer', await p);
    const ac = new AbortController();
    const p2 = rl.question('q2 ', { signal: ac.signal });
    ac.abort('why');
    try { await p2; } catch (e) { console.log(e.name, e.code, e.message, e.cause); }
    try { await rl.question('q3 ', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre-aborted', e.name); }
    rl.close();
    try { await rl.question('q4 '); } catch (e) { console.log(e.code); }
  }
  console.log('output', out.join(' '));
})();
