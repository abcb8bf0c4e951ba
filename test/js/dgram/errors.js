// Bad input and misuse: Node's error classes, codes and messages, thrown or emitted.
'use strict';
const dgram = require('dgram');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const type of ['udp5', 1, null, undefined, {}, { type: 'tcp' }, ['udp4']]) {
  show(`createSocket(${JSON.stringify(type)})`, () => dgram.createSocket(type));
}
show('recvBufferSize string', () => dgram.createSocket({ type: 'udp4', recvBufferSize: 'x' }));
show('lookup not a function', () => dgram.createSocket({ type: 'udp4', lookup: 42 }));
show('signal not a signal', () => dgram.createSocket({ type: 'udp4', signal: 1 }));

const s = dgram.createSocket('udp4');
show('address() before bind', () => s.address());
show('remoteAddress() before connect', () => s.remoteAddress());
show('disconnect() before connect', () => s.disconnect());
show('setBroadcast before bind', () => s.setBroadcast(true));
show('setTTL before bind', () => s.setTTL(5));
show('setTTL string', () => s.setTTL('5'));
show('setMulticastTTL before bind', () => s.setMulticastTTL(5));
show('setMulticastLoopback before bind', () => s.setMulticastLoopback(true));
show('setMulticastInterface number', () => s.setMulticastInterface(1));
show('getRecvBufferSize before bind', () => s.getRecvBufferSize());
show('setSendBufferSize before bind', () => s.setSendBufferSize(4096));
show('setRecvBufferSize(-1)', () => s.setRecvBufferSize(-1));
show('addMembership()', () => s.addMembership());
show('addMembership bad group', () => s.addMembership('300.1.1.1'));
show('addSourceSpecificMembership(1, g)', () => s.addSourceSpecificMembership(1, '232.1.1.1'));
for (const port of [0, -1, 65536, 1.5, '', 'x', null, undefined, true, {}]) {
  show(`send port ${JSON.stringify(port)}`, () => s.send('x', port, '127.0.0.1'));
}
show('send no message', () => s.send());
show('send number', () => s.send(42, 1234, '127.0.0.1'));
show('send bad list', () => s.send(['a', 1], 1234, '127.0.0.1'));
show('send offset out of bounds', () => s.send(Buffer.from('abc'), 4, 0, 1234, '127.0.0.1'));
show('send length out of bounds', () => s.send(Buffer.from('abc'), 1, 3, 1234, '127.0.0.1'));
show('send address number', () => s.send('x', 1234, 42));
show('sendto offset', () => s.sendto('x', 'a', 1, 1, 'h'));
show('connect port 0', () => s.connect(0));
show('connect address null', () => s.connect(1234, null));
show('getSendQueueSize', () => s.getSendQueueSize());

s.close();
show('close twice', () => s.close());
show('bind after close', () => s.bind());
show('send after close', () => s.send('x', 1234, '127.0.0.1'));
show('addMembership after close', () => s.addMembership('224.0.0.114'));
show('ref after close', () => s.ref());

// A bind that fails is an 'error' event carrying errno, syscall, address and port.
const holder = dgram.createSocket('udp4');
holder.bind(0, '127.0.0.1', () => {
  const { port } = holder.address();
  const clash = dgram.createSocket('udp4');
  clash.bind(port, '127.0.0.1', () => console.log('unexpected listening'));
  clash.on('error', (err) => {
    console.log('bind error', err.message.replace(String(port), 'PORT'), err.code, err.errno, err.syscall,
                err.address, err.port === port);
    show('bind again after the failure is allowed', () => clash.bind(0, '127.0.0.1'));
    clash.on('listening', () => {
      show('bind when bound', () => clash.bind());
      // Too big for one datagram: the callback gets EMSGSIZE with the destination.
      clash.send(Buffer.alloc(70000), 9, '127.0.0.1', (err) => {
        console.log('send error', err.message, err.code, err.errno, err.syscall, err.address, err.port);
        clash.close();
        holder.close();
      });
    });
  });
});

const unbindable = dgram.createSocket('udp4');
unbindable.on('error', (err) => {
  console.log('bind error', err.message, err.code, err.address, err.port);
  unbindable.close();
});
unbindable.bind(0, '192.0.2.1');

const notIpv4 = dgram.createSocket('udp4');
notIpv4.on('error', (err) => {
  console.log('bind error', err.message, err.code);
  notIpv4.close();
});
notIpv4.bind(0, '::1');
