'use strict';
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
function a() { log.push('a'); e.removeListener('x', b); }
function b() { log.push('b'); }
function c() { log.push('c'); e.on('x', d); }
function d() { log.push('d'); }
e.on('x', a); e.on('x', b); e.on('x', c);
e.emit('x');
console.log(log.join(','));
log.length = 0;
e.emit('x');
console.log(log.join(','));
// same listener twice, removal removes the last one
const e2 = new EventEmitter();
function g(n) { log.push('g' + n); }
function h() { log.push('h'); }
e2.on('y', g); e2.on('y', h); e2.on('y', g);
e2.removeListener('y', g);
console.log(e2.rawListeners('y').map((f) => f.name).join(','));
e2.off('y', g);
console.log(typeof e2._events.y, e2.listenerCount('y'));
e2.removeListener('y', h);
console.log(e2._eventsCount, Object.keys(e2._events).length);
// removeAllListeners
const e3 = new EventEmitter();
e3.on('a', () => {}); e3.on('a', () => {}); e3.on('b', () => {});
e3.removeAllListeners('a');
console.log(e3.eventNames().join(','));
e3.removeAllListeners();
console.log(e3.eventNames().length, e3._eventsCount);
// once removes itself before the listener runs
const e4 = new EventEmitter();
e4.once('z', () => { console.log('once count inside', e4.listenerCount('z')); e4.emit('z'); });
e4.emit('z');
try { e4.on('z', 5); } catch (err) { console.log(err.code, err.message); }
try { e4.removeListener('z', null); } catch (err) { console.log(err.code, err.message); }
