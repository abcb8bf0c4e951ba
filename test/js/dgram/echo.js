// A UDP echo on loopback: event order, rinfo, address(), send callbacks, close.
'use strict';
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const log = (...args) => console.log(...args);

server.on('listening', () => {
  const { address, family, port } = server.address();
  log('server listening', address, family, typeof port, port > 0);
  const client = dgram.createSocket({ type: 'udp4' }, (msg, rinfo) => {
    log('client message', JSON.stringify(msg.toString()), rinfo.family, rinfo.address, rinfo.size,
        rinfo.port === port);
    client.close(() => log('client close callback'));
  });
  client.on('close', () => {
    log('client close event');
    server.close();
  });
  client.send('ping', port, '127.0.0.1', (err, bytes) => log('client sent', err, bytes));
});

server.on('message', (msg, rinfo) => {
  log('server message', msg.toString(), Buffer.isBuffer(msg), rinfo.size, Object.keys(rinfo).join());
  server.send(['po', Buffer.from('ng'), new Uint8Array([33])], rinfo.port, rinfo.address, (err, bytes) => {
    log('server sent', err, bytes);
  });
});

server.on('close', () => log('server closed'));
const returned = server.bind(0, '127.0.0.1', () => log('bind callback'));
log('bind returned the socket', returned === server);
process.on('exit', () => log('exit'));
