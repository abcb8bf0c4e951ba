'use strict';
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
const e = new EventEmitter();
try { e.emit('error', new TypeError('boom')); } catch (err) { console.log('caught', err.name, err.message); }
try { e.emit('error', 'str'); } catch (err) { console.log(err.name, err.code, err.message, err.context); }
try { e.emit('error', { a: 1 }); } catch (err) { console.log(err.code, err.message, JSON.stringify(err.context)); }
try { e.emit('error', 42); } catch (err) { console.log(err.message, err.context); }
try { e.emit('error'); } catch (err) { console.log(err.message, err.context); }
e.on(errorMonitor, (err) => console.log('monitor', err.message));
try { e.emit('error', new Error('mon')); } catch (err) { console.log('still thrown', err.message); }
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('h')));
console.log(EventEmitter.errorMonitor.toString(), typeof errorMonitor);
console.log(e.eventNames().length);
