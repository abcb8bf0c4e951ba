// Sends before bind wait for the implicit bind; empty datagrams; ref/unref;
// close from a signal; Symbol.asyncDispose; close while binding.
'use strict';
const dgram = require('dgram');

const receiver = dgram.createSocket('udp4');
const got = [];
receiver.on('message', (msg) => {
  got.push(msg.length);
  if (got.length === 3) {
    console.log('received sizes', got.join());
    receiver.close();
  }
});
receiver.bind(0, '127.0.0.1', () => {
  const { port } = receiver.address();
  const sender = dgram.createSocket('udp4');
  sender.send('', port, '127.0.0.1');
  sender.send([], port, '127.0.0.1');
  sender.send(new DataView(new ArrayBuffer(7)), port, (err, n) => {
    console.log('third sent', err, n, 'queue', sender.getSendQueueCount(), sender.getSendQueueSize());
    sender.close(() => console.log('sender closed'));
  });
  console.log('queued before bind', typeof sender.getSendQueueCount());
  sender.on('listening', () => console.log('sender listening'));

  // close() while sends wait for the implicit bind: it waits too, and the sends,
  // still looking up their address when the socket closes, are dropped.
  const dropper = dgram.createSocket('udp4');
  dropper.send('lost', port, '127.0.0.1', () => console.log('unexpected send callback'));
  dropper.close(() => console.log('dropper closed'));
});

// An unref'd bound socket does not keep the process alive.
const idle = dgram.createSocket('udp6');
idle.bind(0, '::1', () => {
  console.log('idle listening', idle.address().family, idle.address().address);
  idle.unref();
});

// AbortSignal closes the socket.
const controller = new AbortController();
const aborted = dgram.createSocket({ type: 'udp4', signal: controller.signal });
aborted.on('close', () => console.log('closed by signal'));
controller.abort();
const preAborted = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
preAborted.on('close', () => console.log('closed by pre-aborted signal'));

// Closing while the bind's lookup is pending: no 'listening', just 'close'.
const early = dgram.createSocket('udp4');
early.on('listening', () => console.log('unexpected listening'));
early.bind(0);
early.close(() => console.log('closed during bind'));

(async () => {
  const disposable = dgram.createSocket('udp4');
  disposable.on('close', () => console.log('disposed'));
  await disposable[Symbol.asyncDispose]();
  await disposable[Symbol.asyncDispose]();
  console.log('dispose twice ok');
})();
