// Handles over fork()'s IPC channel (SCM_RIGHTS): the parent hands an accepted
// socket to the child, which answers on it, and then a listening server, on
// which the child accepts a connection of its own.
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  process.on('message', (msg, handle) => {
    if (msg.what === 'socket') {
      handle.end(`child got socket, remote is ${handle.remoteAddress}`);
    } else if (msg.what === 'server') {
      handle.once('connection', (socket) => {
        socket.end('child accepted');
        handle.close();
        process.send({ what: 'server done', listening: handle.listening }, () => process.disconnect());
      });
      process.send({ what: 'server ready' });
    }
  });
  process.send({ what: 'ready' });
} else {
  const child = fork(__filename, ['child']);
  const log = [];
  child.on('exit', (code) => {
    for (const line of log) console.log(line);
    console.log('child exit', code);
  });

  function read(port) {
    return new Promise((resolve) => {
      let text = '';
      net.connect(port, '127.0.0.1').setEncoding('utf8')
        .on('data', (d) => { text += d; })
        .on('close', () => resolve(text));
    });
  }

  child.once('message', async (ready) => {
    log.push(`child says ${ready.what}`);
    const server = net.createServer((socket) => {
      child.send({ what: 'socket' }, socket, (err) => log.push(`socket sent, error: ${err}`));
      socket.on('close', () => log.push('parent copy of the socket closed'));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    log.push(`client read: ${await read(server.address().port)}`);
    server.close();

    const shared = net.createServer(() => log.push('parent accepted (unexpected)'));
    shared.listen(0, '127.0.0.1', () => {
      const { port } = shared.address();
      child.send({ what: 'server' }, shared);
      child.once('message', async (msg) => {
        log.push(`child says ${msg.what}`);
        shared.close();
        log.push(`client read: ${await read(port)}`);
        child.once('message', (done) => {
          log.push(`child says ${done.what}, still listening there: ${done.listening}`);
        });
      });
    });
  });
}
