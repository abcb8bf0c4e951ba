'use strict';
const EventEmitter = require('events');
process.on('warning', (w) => {
  console.log('warning event', w.name, w.type, w.count, w.emitter === e);
});
const e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
for (let i = 0; i < 11; i++) e.on('foo', () => {});
for (let i = 0; i < 12; i++) e.on('foo', () => {}); // warns once per type
e.setMaxListeners(1);
e.on('bar', () => {}); e.on('bar', () => {});
e.setMaxListeners(0);
for (let i = 0; i < 20; i++) e.on('baz', () => {});
try { e.setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
try { e.setMaxListeners('1'); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.defaultMaxListeners = NaN; } catch (err) { console.log(err.code, err.message); }
EventEmitter.defaultMaxListeners = 3;
const e2 = new EventEmitter();
console.log(e2.getMaxListeners(), EventEmitter.getMaxListeners(e2));
EventEmitter.setMaxListeners(5, e2);
console.log(e2.getMaxListeners(), EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners(7);
console.log(EventEmitter.defaultMaxListeners);
try { EventEmitter.setMaxListeners(1, {}); } catch (err) { console.log(err.code); }
class Foo extends EventEmitter {}
const f = new Foo();
f.setMaxListeners(1);
f.on(Symbol('s'), () => {}); f.on(Symbol.for('t'), () => {});
const s = Symbol('mine'); f.on(s, () => {}); f.on(s, () => {});
