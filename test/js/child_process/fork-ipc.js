// fork(): a node child with a JSON IPC channel: messages both ways,
// disconnect, exit, and the child's process.send/connected.
'use strict';
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  console.log('child connected', process.connected, typeof process.send, process.env.NODE_CHANNEL_FD);
  process.on('message', (message) => {
    if (message === 'bye') {
      process.disconnect();
      return;
    }
    process.send({ echo: message, argv: process.argv.slice(3) });
  });
  process.on('disconnect', () => console.log('child disconnect', process.connected));
} else {
  const child = fork(__filename, ['child', 'extra'], { stdio: ['inherit', 'pipe', 'inherit', 'ipc'] });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { output += d; });
  console.log('parent connected', child.connected, child.stdio.length);
  const replies = [];
  child.on('message', (message) => {
    replies.push(message);
    if (replies.length === 2) child.send('bye');
  });
  child.send({ a: 1, s: 'é\n' });
  child.send([1, 'two', null], (err) => console.log('send callback', err));
  child.on('disconnect', () => console.log('parent disconnect', child.connected));
  child.on('exit', (code, signal) => console.log('exit', code, signal));
  child.on('close', (code) => {
    console.log('close', code, JSON.stringify(replies));
    console.log('child said', JSON.stringify(output));
    console.log('send after close', child.send('late', (err) => console.log('late', err.code, err.message)));
  });
}
