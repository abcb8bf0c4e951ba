'use strict';
const EventEmitter = require('events');
process.on('exit', (code) => console.log('exit', code));
const e = new EventEmitter();
setTimeout(() => e.emit('error', new RangeError('out of here')), 1);
