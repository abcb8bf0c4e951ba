'use strict';
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('x', (a, b) => log.push('a' + a + b));
e.addListener('x', () => log.push('b'));
e.prependListener('x', () => log.push('p'));
e.once('x', () => log.push('once'));
e.prependOnceListener('x', () => log.push('ponce'));
console.log(e.emit('x', 1, 2), e.emit('nothing'));
e.emit('x', 3, 4);
console.log(log.join(','));
console.log(e.listenerCount('x'), e.eventNames().length, e.listeners('x').length, e.rawListeners('x').length);
function f() { log.push('f'); }
e.once('y', f);
console.log(e.listeners('y')[0] === f, e.rawListeners('y')[0] === f, e.rawListeners('y')[0].listener === f);
console.log(e.listenerCount('y', f), e.listenerCount('x', f));
e.rawListeners('y')[0]();
console.log(e.listenerCount('y'));
const s = Symbol('sym');
e.on(s, () => {});
console.log(JSON.stringify(e.eventNames().map(String)));
console.log(EventEmitter.listenerCount(e, 'x'));
// this and args
e.on('this', function(...args) { console.log(this === e, args.length); });
e.emit('this', 1, 2, 3);
console.log(typeof e._events, e._eventsCount, e._maxListeners);
console.log(e.on('q', () => {}) === e, e.off('q', () => {}) === e, e.removeAllListeners('nope') === e);
