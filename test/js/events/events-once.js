'use strict';
const { once, EventEmitter } = require('events');
async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('hello', 1, 2), 1);
  const args = await once(e, 'hello');
  console.log(JSON.stringify(args), e.listenerCount('hello'), e.listenerCount('error'));
  setTimeout(() => e.emit('error', new Error('bad')), 1);
  try { await once(e, 'hello'); } catch (err) { console.log('rejected', err.message, e.listenerCount('hello')); }
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  ac.abort('why');
  try { await p; } catch (err) { console.log(err.name, err.code, err.message, err.cause); }
  try { await once(e, 'x', { signal: AbortSignal.abort() }); } catch (err) { console.log('pre-aborted', err.name, err.cause.name); }
  try { await once(e, 'x', { signal: 1 }); } catch (err) { console.log(err.code); }
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log(ev.type, ev instanceof Event);
  // 'error' itself
  setTimeout(() => e.emit('error', 'E'), 1);
  console.log(JSON.stringify(await once(e, 'error')));
}
main();
