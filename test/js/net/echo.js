// The TCP echo server: a client writes, half-closes, reads its bytes back.
// Each end's events are logged in their own list: their order on each end is
// node's; how the two ends interleave is up to the kernel's timing.
const net = require('net');
const serverLog = [];
const clientLog = [];
const server = net.createServer((socket) => {
  serverLog.push(['connection', socket.remoteFamily, socket.remoteAddress, typeof socket.remotePort]);
  socket.on('end', () => { serverLog.push(['end, bytesRead', socket.bytesRead]); socket.end(); });
  socket.on('finish', () => serverLog.push(['finish']));
  socket.on('close', (hadError) => { serverLog.push(['close', hadError]); done(); });
  socket.pipe(socket);
});
server.on('listening', () => serverLog.push(['listening event']));
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  serverLog.push(['listening', address, family, port > 0, server.listening]);
  const c = net.connect(port, '127.0.0.1', () => {
    clientLog.push(['connect', c.remoteAddress, c.remotePort === port, c.localAddress, c.readyState]);
    c.write('hello ');
    c.end('world');
    clientLog.push(['after end', c.readyState, c.bytesWritten]);
  });
  clientLog.push(['connecting', c.connecting, c.pending, c.readyState]);
  let got = '';
  c.setEncoding('utf8');
  c.on('ready', () => clientLog.push(['ready']));
  c.on('data', (d) => { got += d; });
  c.on('finish', () => clientLog.push(['finish']));
  c.on('end', () => clientLog.push(['end', got, c.bytesRead]));
  c.on('close', (hadError) => {
    clientLog.push(['close', hadError, c.readyState, c.destroyed]);
    done();
  });
});
// Both ends closed: the server stops, then the logs are printed.
let closed = 0;
function done() {
  if (++closed === 2) {
    server.close(() => {
      serverLog.push(['closed', server.listening]);
      for (const line of serverLog) console.log('server:', ...line);
      for (const line of clientLog) console.log('client:', ...line);
    });
  }
}
