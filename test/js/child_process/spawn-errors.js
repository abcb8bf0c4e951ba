// spawn: ENOENT is an asynchronous 'error'; bad arguments throw node's errors.
'use strict';
const { spawn } = require('child_process');

const child = spawn('node4j-no-such-command', ['a', 'b']);
console.log('pid', child.pid, 'stdout', child.stdout !== null);
child.on('error', (err) => {
  console.log('error', err.message, err.errno, err.code, err.syscall, err.path, JSON.stringify(err.spawnargs));
  console.log('keys', Object.keys(err).join(','));
});
child.on('exit', () => console.log('no exit event expected'));
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
  attempt('kill bad name', () => sleeper.kill('SIGNOPE'));
  attempt('kill lowercase', () => sleeper.kill('sigterm'));
  sleeper.on('exit', (code, signal) => console.log('sleeper', code, signal));
});
console.log('sync done');

const badCwd = spawn('/bin/sh', ['-c', 'true'], { cwd: '/node4j/no/such/dir' });
badCwd.on('error', (err) => console.log('bad cwd', err.message, err.code, err.path));

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('file number', () => spawn(1));
attempt('file empty', () => spawn(''));
attempt('file nul', () => spawn('a\u0000b'));
attempt('args string', () => spawn('true', 'x'));
attempt('options string', () => spawn('true', [], 'x'));
attempt('stdio bad', () => spawn('true', [], { stdio: 'nope' }));
attempt('stdio entry bad', () => spawn('true', [], { stdio: ['pipe', 'nope'] }));
attempt('two ipc', () => spawn('true', [], { stdio: ['ipc', 'ipc'] }));
attempt('cwd number', () => spawn('true', [], { cwd: 5 }));
attempt('detached', () => spawn('true', [], { detached: 'yes' }));
attempt('uid', () => spawn('true', [], { uid: 'root' }));
attempt('shell', () => spawn('true', [], { shell: 5 }));
attempt('argv0', () => spawn('true', [], { argv0: 5 }));
attempt('timeout', () => spawn('true', [], { timeout: -1 }));
attempt('killSignal', () => spawn('true', [], { killSignal: 'SIGNOPE' }));
attempt('killSignal type', () => spawn('true', [], { killSignal: {} }));
attempt('signal', () => spawn('true', [], { signal: 'x' }));
attempt('env nul', () => spawn('true', [], { env: { A: 'x\u0000' } }));
