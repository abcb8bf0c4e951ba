// Connected sockets: connect/disconnect/remoteAddress, sends without an address,
// ECONNREFUSED from a closed port, connect before bind.
'use strict';
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = dgram.createSocket('udp4');
  client.connect(port, '127.0.0.1', (err) => {
    console.log('connected', err, client.remoteAddress().port === port, client.remoteAddress().family);
    console.log('bound implicitly to', client.address().address);
    try {
      client.connect(port);
    } catch (e) {
      console.log(e.code, e.message);
    }
    try {
      client.send('x', port, '127.0.0.1');
    } catch (e) {
      console.log(e.code, e.message);
    }
    client.send(Buffer.from('hello world'), 6, 5, (err, n) => console.log('sent', err, n));
  });
  server.once('message', (msg, rinfo) => {
    console.log('server got', msg.toString(), rinfo.port === client.address().port);
    client.disconnect();
    try {
      client.remoteAddress();
    } catch (e) {
      console.log(e.code, e.message);
    }
    // Nothing listens there any more: the next send draws ECONNREFUSED as an 'error'.
    server.close(() => {
      client.connect(port, () => {
        client.on('error', (e) => {
          console.log('error', e.message, e.code, e.errno, e.syscall);
          client.close();
        });
        client.send('anyone?');
      });
    });
  });
});
