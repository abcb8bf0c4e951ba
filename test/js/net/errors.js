// net's errors as node builds them: refused connections, ports in use, bad
// ports, missing socket paths, servers that are not running, writes after
// the end, and the timeout event.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

function show(label, err) {
  const props = {};
  for (const key of ['code', 'errno', 'syscall', 'address', 'port']) {
    if (err[key] !== undefined) props[key] = err[key];
  }
  console.log(label, err.name, err.message.replace(/:\d{4,5}\b/g, ':PORT').replace(/\/tmp\/[^ ]+/, 'PATH'),
              JSON.stringify(props).replace(/"port":\d+/, '"port":"PORT"').replace(/\/tmp\/[^"]+/, 'PATH'));
}

function step(fn) {
  return new Promise((resolve) => fn(resolve));
}

(async () => {
  for (const bad of [65536, -1, '70000', 1.5, true]) {
    try {
      net.connect(bad, '127.0.0.1');
    } catch (err) {
      show(`connect(${JSON.stringify(bad)}):`, err);
    }
  }
  try {
    net.createServer().listen({ nope: 1 });
  } catch (err) {
    show('listen({ nope }):', err);
  }

  // A port nobody listens on: listen, note the port, close.
  const port = await step((done) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
  await step((done) => {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', (err) => show('refused:', err));
    c.on('close', (hadError) => { console.log('refused close', hadError, c.destroyed); done(); });
  });

  const server = await step((done) => {
    const s = net.createServer((sock) => sock.end()).listen(0, '127.0.0.1', () => done(s));
  });
  await step((done) => {
    const again = net.createServer().listen(server.address().port, '127.0.0.1');
    again.on('error', (err) => { show('in use:', err); done(); });
  });
  await step((done) => {
    try {
      server.listen(0);
    } catch (err) {
      show('listen twice:', err);
    }
    done();
  });

  const missing = path.join(os.tmpdir(), `node4j-missing-${process.pid}.sock`);
  await step((done) => {
    const c = net.connect(missing);
    c.on('error', (err) => { show('no such socket:', err); done(); });
  });

  await step((done) => {
    const c = new net.Socket();
    c.write('x', (err) => show('write before connect cb:', err));
    c.on('error', (err) => { show('write before connect:', err); done(); });
  });

  await step((done) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.end();
      c.write('late', (err) => show('write after end cb:', err));
    });
    c.on('error', (err) => show('write after end:', err));
    c.on('close', () => done());
  });

  await step((done) => {
    const idle = net.createServer((sock) => {}).listen(0, '127.0.0.1', () => {
      const c = net.connect(idle.address().port, '127.0.0.1');
      c.setTimeout(50, () => {
        console.log('timeout event, destroyed?', c.destroyed);
        c.destroy();
        idle.close(() => done());
      });
    });
  });

  await step((done) => server.close(() => {
    server.close((err) => { show('close again:', err); done(); });
  }));
  console.log('unix path cleaned up?', !fs.existsSync(missing));
})();
