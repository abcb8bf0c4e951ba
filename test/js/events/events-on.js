'use strict';
const { on, EventEmitter } = require('events');
async function main() {
  const e = new EventEmitter();
  process.nextTick(() => { e.emit('foo', 'bar'); e.emit('foo', 42, 43); e.emit('end'); });
  const seen = [];
  for await (const ev of on(e, 'foo', { close: ['end'] })) seen.push(JSON.stringify(ev));
  console.log(seen.join(' '), e.listenerCount('foo'), e.listenerCount('end'), e.listenerCount('error'));

  const ac = new AbortController();
  process.nextTick(() => { e.emit('a', 1); ac.abort(); });
  try {
    for await (const ev of on(e, 'a', { signal: ac.signal })) console.log('got', JSON.stringify(ev));
  } catch (err) { console.log(err.name, err.code, e.listenerCount('a')); }

  const it = on(e, 'b');
  e.emit('b', 'x');
  e.emit('error', new Error('E1'));
  console.log(JSON.stringify(await it.next()));
  try { await it.next(); } catch (err) { console.log('next rejected', err.message); }
  console.log(JSON.stringify(await it.next()));

  const it2 = on(e, 'c');
  const pending = it2.next();
  console.log(JSON.stringify(await it2.return()), JSON.stringify(await pending), e.listenerCount('c'));
  try { it2.throw('x'); } catch (err) { console.log(err.code); }
  try { on(e, 'd', { signal: AbortSignal.abort() }); } catch (err) { console.log('sync', err.name); }
  try { on(e, 'd', { highWaterMark: 0 }); } catch (err) { console.log(err.code); }
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
}
main();
