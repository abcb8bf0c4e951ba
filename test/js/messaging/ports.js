// MessageChannel/MessagePort within one thread: delivery order against
// timers/immediates/ticks, node-style and web listeners, close, transfer,
// receiveMessageOnPort, errors.
'use strict';
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1.hasRef(), globalThis.MessageChannel === MessageChannel);
port1.on('message', (m) => console.log('on', m));
port1.addEventListener('message', (e) => console.log('event', e.constructor.name, e.data, e.ports.length));
console.log('hasRef after listener', port1.hasRef());
port2.postMessage({ a: [1, 2], d: new Map([[1, 'x']]) });
port2.postMessage('second');
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
process.nextTick(() => console.log('tick'));
port1.onmessage = (e) => {
  console.log('onmessage', typeof e.data);
  process.nextTick(() => console.log('tick in handler'));
  if (e.data === 'second') port1.close();
};
port1.on('close', () => console.log('close 1'));
port2.on('close', () => console.log('close 2', port2.hasRef()));

// Transfer: ArrayBuffers are detached, ports move.
const c = new MessageChannel();
const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 42;
const inner = new MessageChannel();
c.port1.postMessage({ view: new Uint8Array(ab, 0, 4), port: inner.port1 }, [ab, inner.port1]);
console.log('detached', ab.byteLength, ab.detached);
console.log(receiveMessageOnPort(c.port2).message.view[0], receiveMessageOnPort(c.port2));
c.port1.close();

const u = new MessageChannel();
u.port2.on('message', (m) => {
  console.log('unref port got', m);
  u.port2.close();
});
u.port1.postMessage('hello');

for (const f of [
  () => new MessagePort(),
  () => MessageChannel(),
  () => u.port1.postMessage(() => 1),
  () => u.port1.postMessage(1, [{}]),
  () => u.port1.postMessage(1, { transfer: 5 }),
  () => u.port1.postMessage(),
  () => u.port1.postMessage(inner.port2),
  () => receiveMessageOnPort({}),
]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
