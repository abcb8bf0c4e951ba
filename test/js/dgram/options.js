// Socket options after bind: TTLs, broadcast, multicast, buffer sizes, reuse.
'use strict';
const dgram = require('dgram');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}

const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 20000 });
s.bind(0, () => {
  show('recv buffer', () => s.getRecvBufferSize());
  show('send buffer', () => s.getSendBufferSize());
  show('set recv buffer', () => s.setRecvBufferSize(8192));
  show('recv buffer now', () => s.getRecvBufferSize());
  show('buffer too big', () => s.setSendBufferSize(2 ** 31));
  for (const ttl of [0, 1, 64, 255, 256]) show(`setTTL(${ttl})`, () => s.setTTL(ttl));
  for (const ttl of [-1, 0, 255, 256]) show(`setMulticastTTL(${ttl})`, () => s.setMulticastTTL(ttl));
  show('setBroadcast', () => s.setBroadcast(true));
  show('setMulticastLoopback', () => s.setMulticastLoopback(false));
  show('setMulticastInterface loopback', () => s.setMulticastInterface('127.0.0.1'));
  show('setMulticastInterface bad', () => s.setMulticastInterface('not an ip'));
  show('setMulticastInterface ipv6 on udp4', () => s.setMulticastInterface('::'));
  show('addMembership', () => s.addMembership('224.0.0.114'));
  show('addMembership twice', () => s.addMembership('224.0.0.114'));
  show('addMembership on loopback', () => s.addMembership('224.0.0.115', '127.0.0.1'));
  show('addMembership not multicast', () => s.addMembership('10.0.0.1'));
  show('dropMembership', () => s.dropMembership('224.0.0.114'));
  show('dropMembership not joined', () => s.dropMembership('224.0.0.114'));
  show('addSourceSpecificMembership', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
  show('dropSourceSpecificMembership', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
  show('ssm bad group', () => s.addSourceSpecificMembership('127.0.0.1', 'x'));
  show('ref', () => s.ref() === s);
  show('unref', () => s.unref() === s);
  s.close();
});

// Unbound sockets join groups too (the socket is bound to any:0 underneath).
const joiner = dgram.createSocket('udp4');
show('addMembership before bind', () => joiner.addMembership('224.0.0.116'));
joiner.close();

// Two sockets on one port with reuseAddr.
const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
a.bind(0, '127.0.0.1', () => {
  const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  b.bind(a.address().port, '127.0.0.1', () => {
    console.log('reuseAddr shares the port', b.address().port === a.address().port);
    a.close();
    b.close();
  });
});

// ipv6Only: '::' leaves 0.0.0.0 free for an IPv4 socket on the same port.
const v6 = dgram.createSocket({ type: 'udp6', ipv6Only: true });
v6.bind({ port: 0, address: '::' }, () => {
  const v4 = dgram.createSocket('udp4');
  v4.on('error', (e) => console.log('unexpected', e.message));
  v4.bind({ port: v6.address().port, address: '0.0.0.0' }, () => {
    console.log('ipv6Only leaves the IPv4 port free');
    v4.close();
    v6.close();
  });
});
