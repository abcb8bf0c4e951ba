'use strict';
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;
console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);
const e = new EventEmitter({ captureRejections: true });
e.on('x', async (v) => { throw new Error('rejected ' + v); });
e.on('error', (err) => console.log('error event:', err.message));
e.emit('x', 1);
const e2 = new EventEmitter({ captureRejections: true });
e2[captureRejectionSymbol] = (err, type, ...args) => console.log('symbol handler:', err.message, type, args.join('|'));
e2.on('y', async () => { throw new Error('custom'); });
e2.emit('y', 'a', 'b');
const e3 = new EventEmitter();
e3.on('z', async () => 1);
e3.emit('z');
try { new EventEmitter({ captureRejections: 1 }); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.captureRejections = 'yes'; } catch (err) { console.log(err.code, err.message); }
EventEmitter.captureRejections = true;
const e4 = new EventEmitter();
e4.on('error', (err) => console.log('global capture:', err.message));
e4.on('w', () => Promise.reject(new Error('w-rejected')));
e4.emit('w');
EventEmitter.captureRejections = false;
console.log('sync done');
