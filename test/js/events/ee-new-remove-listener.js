'use strict';
const EventEmitter = require('events');
const e = new EventEmitter();
const log = [];
e.on('newListener', (type, fn) => {
  log.push('new:' + String(type) + ':' + fn.name + ':' + e.listenerCount(type));
});
e.on('removeListener', (type, fn) => log.push('rm:' + String(type) + ':' + fn.name));
function foo() {}
function bar() {}
e.on('x', foo);
e.once('x', bar);
e.prependListener('y', foo);
e.removeListener('x', bar);
e.emit('x');
e.removeAllListeners('y');
e.on('z', foo); e.on('z', bar);
e.removeAllListeners();
console.log(log.join('\n'));
console.log(e.eventNames().length);
// newListener listener added before the listener, so it sees the old list
const e2 = new EventEmitter();
let inserting = false;
e2.on('newListener', (type) => {
  if (type === 'ev' && !inserting) {
    inserting = true;
    e2.on('ev', () => console.log('inserted first'));
  }
});
e2.on('ev', () => console.log('second'));
e2.emit('ev');
