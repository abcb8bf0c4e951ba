'use strict';
const events = require('events');
const { EventEmitter, getEventListeners, addAbortListener, listenerCount } = events;
console.log(events === EventEmitter, events.EventEmitter === EventEmitter, events.usingDomains);
console.log(JSON.stringify(Object.keys(events)));
const e = new EventEmitter();
function f() {}
e.on('x', f); e.once('x', f);
console.log(getEventListeners(e, 'x').length, getEventListeners(e, 'x')[1] === f, listenerCount(e, 'x'));
const t = new EventTarget();
t.addEventListener('y', f);
const o = { handleEvent() {} };
t.addEventListener('y', o);
const l = getEventListeners(t, 'y');
console.log(l.length, l[0] === f, l[1] === o, getEventListeners(t, 'nope').length);
try { getEventListeners({}, 'x'); } catch (err) { console.log(err.code, err.message); }
console.log(events.getMaxListeners(t), events.getMaxListeners(e));
events.setMaxListeners(2, t, e);
console.log(events.getMaxListeners(t), events.getMaxListeners(e));
const ac = new AbortController();
const disposable = addAbortListener(ac.signal, (ev) => console.log('abort listener', ev.type));
const [kDispose] = Object.getOwnPropertySymbols(disposable);
console.log(typeof disposable[kDispose]);
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('removed, not called'));
d2[kDispose]();
ac.abort(); ac2.abort();
addAbortListener(AbortSignal.abort(), () => console.log('already aborted: microtask'));
console.log('sync end');
try { addAbortListener(undefined, f); } catch (err) { console.log(err.code); }
try { addAbortListener(ac.signal, 1); } catch (err) { console.log(err.code); }
const { EventEmitterAsyncResource } = events;
const r = new EventEmitterAsyncResource({ name: 'X' });
r.on('z', (v) => console.log('async resource emit', v, r instanceof EventEmitter, typeof r.asyncId));
r.emit('z', 1);
// _events semantics
function Legacy() { EventEmitter.call(this); }
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const lg = new Legacy();
lg.on('a', f);
console.log(typeof lg._events.a, lg._eventsCount, Object.getPrototypeOf(lg._events));
lg.on('a', f);
console.log(Array.isArray(lg._events.a), EventEmitter.init.length);
const proto = Object.create(EventEmitter.prototype);
proto.on('p', f);
console.log(proto._eventsCount, proto.listenerCount('p'));
