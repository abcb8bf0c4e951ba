'use strict';
const EventEmitter = require('events');
console.log('before');
new EventEmitter().emit('error', 'plain string');
console.log('not reached');
