// fs.watch and fs.promises.watch: argument validation, the error for a
// missing path, abort signals, maxQueue overflow, the ignore option, and
// that a non-persistent watcher does not keep the process alive.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'node4j-watche-'));
const missing = path.join(dir, 'nope');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r?.constructor?.name);
    r?.close?.();
  } catch (e) {
    console.log(label, e.name, e.code, e.message.replace(dir, '<dir>'));
    if (e.syscall) {
      console.log('  ', Object.keys(e), e.errno, e.syscall, e.path === missing, String(e.filename) === missing,
        Buffer.isBuffer(e.filename));
    }
  }
}
show('missing', () => fs.watch(missing));
show('missing buffer', () => fs.watch(Buffer.from(missing)));
show('missing recursive', () => fs.watch(missing, { recursive: true }));
for (const bad of [false, 1, {}, [], null, undefined]) show(`path ${String(bad)}`, () => fs.watch(bad, () => {}));
show('options number', () => fs.watch(dir, 5));
show('encoding', () => fs.watch(dir, { encoding: 'bogus' }));
show('encoding string', () => fs.watch(dir, 'bogus'));
show('recursive', () => fs.watch(dir, { recursive: '1' }));
show('persistent', () => fs.watch(dir, { persistent: 1 }));
show('signal', () => fs.watch(dir, { signal: 1 }));
show('ignore number', () => fs.watch(dir, { ignore: 5 }));
show('ignore array', () => fs.watch(dir, { ignore: ['*.x', 1] }));

async function rejects(label, fn) {
  try {
    for await (const e of fn()) console.log(label, 'event', e);
    console.log(label, 'ended');
  } catch (e) {
    console.log(label, e.name, e.code, e.message.replace(dir, '<dir>'), e.cause?.message);
  }
}

(async () => {
  await rejects('p path', () => fsp.watch(1));
  await rejects('p options', () => fsp.watch(dir, 1));
  await rejects('p persistent', () => fsp.watch(dir, { persistent: 1 }));
  await rejects('p recursive', () => fsp.watch(dir, { recursive: 1 }));
  await rejects('p encoding', () => fsp.watch(dir, { encoding: 1 }));
  await rejects('p signal', () => fsp.watch(dir, { signal: 1 }));
  await rejects('p maxQueue', () => fsp.watch(dir, { maxQueue: 'silly' }));
  await rejects('p overflow', () => fsp.watch(dir, { overflow: 'throw' }));
  await rejects('p missing', () => fsp.watch(missing));
  await rejects('p aborted', () => fsp.watch(dir, { signal: AbortSignal.abort(new Error('why')) }));

  // A signal aborted while the iterator waits.
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 50);
  await rejects('p abort later', () => fsp.watch(dir, { signal: ac.signal }));

  // Events queued while nobody reads, past maxQueue.
  const it = fsp.watch(dir, { maxQueue: 2, overflow: 'error' });
  const first = it.next();
  setTimeout(() => fs.closeSync(fs.openSync(path.join(dir, 'q0'), 'wx')), 50);
  console.log('first', await first);
  for (let i = 1; i <= 4; i++) fs.closeSync(fs.openSync(path.join(dir, `q${i}`), 'wx'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  try {
    await it.next();
  } catch (e) {
    console.log('overflow', e.name, e.code, e.message);
  }
  console.log('after overflow', await it.next());

  // ignore: a glob, a RegExp and a function.
  const ignoring = fs.watch(dir, { ignore: ['*.log', /\.tmp$/, (f) => f.startsWith('skip')] });
  ignoring.on('change', (type, name) => {
    console.log('not ignored', type, name);
    ignoring.close();
  });
  ignoring.on('close', () => console.log('ignoring closed'));
  for (const name of ['a.log', 'b.tmp', 'skip-me', 'kept']) fs.closeSync(fs.openSync(path.join(dir, name), 'wx'));
  await new Promise((resolve) => ignoring.once('close', resolve));

  // A signal closes a callback watcher.
  const ac2 = new AbortController();
  const w = fs.watch(dir, { signal: ac2.signal });
  w.on('close', () => console.log('closed by signal'));
  ac2.abort();
  await new Promise((resolve) => setImmediate(resolve));

  fs.rmSync(dir, { recursive: true });
  // Not persistent: the process may end while it watches.
  fs.watch(__filename, { persistent: false }, () => console.log('unexpected'));
  fs.watch(__dirname).unref();
  console.log('end');
})();
