'use strict';
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const t = new EventTarget();
t.addEventListener('x', () => { throw new Error('first'); });
t.addEventListener('x', () => console.log('second still runs'));
t.addEventListener('x', async () => { throw new Error('async'); });
console.log(t.dispatchEvent(new Event('x')));
console.log('after dispatch');
process.nextTick(() => console.log('tick'));
