// exec/execFile: buffered output, failure errors, encodings, maxBuffer,
// timeout, AbortSignal, util.promisify.
'use strict';
const { exec, execFile, spawn } = require('child_process');
const util = require('util');

const steps = [
  (next) => exec('echo out; echo err >&2', (err, stdout, stderr) => {
    console.log('ok', err, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => exec('echo partial; echo broken >&2; exit 3', (err, stdout, stderr) => {
    console.log('fail', JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd);
    console.log('fail keys', Object.keys(err).join(','), JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => execFile('sh', ['-c', 'printf abc'], { encoding: 'buffer' }, (err, stdout, stderr) => {
    console.log('buffer', err, Buffer.isBuffer(stdout), stdout, Buffer.isBuffer(stderr), stderr.length);
    next();
  }),
  (next) => execFile('sh', ['-c', 'printf "%s" aGk='], { encoding: 'base64' }, (err, stdout) => {
    console.log('base64', err, stdout);
    next();
  }),
  (next) => exec('printf 0123456789', { maxBuffer: 4 }, (err, stdout) => {
    console.log('maxBuffer', err.name, err.code, err.message, JSON.stringify(stdout), err.cmd);
    next();
  }),
  (next) => exec('sleep 30', { timeout: 50 }, (err, stdout) => {
    console.log('timeout', err.killed, err.signal, err.code, JSON.stringify(err.message), JSON.stringify(stdout));
    next();
  }),
  (next) => exec('sleep 30', { timeout: 50, killSignal: 'SIGKILL' }, (err) => {
    console.log('timeout SIGKILL', err.killed, err.signal, err.code);
    next();
  }),
  (next) => execFile('node4j-no-such-command', ['x'], (err, stdout, stderr) => {
    console.log('enoent', err.message, err.code, err.errno, err.syscall, err.path, JSON.stringify(err.spawnargs),
      err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  }),
  (next) => {
    const controller = new AbortController();
    const child = exec('sleep 30', { signal: controller.signal }, (err) => {
      console.log('abort', err.name, err.code, err.message, child.killed, child.signalCode);
      next();
    });
    controller.abort();
  },
  (next) => {
    const controller = new AbortController();
    controller.abort('why');
    const child = spawn('sleep', ['30'], { signal: controller.signal });
    child.on('error', (err) => console.log('spawn abort', err.name, err.code, err.cause));
    child.on('exit', (code, signal) => {
      console.log('spawn abort exit', code, signal);
      next();
    });
  },
  (next) => {
    const child = spawn('sleep', ['30'], { timeout: 50 });
    child.on('exit', (code, signal) => {
      console.log('spawn timeout', code, signal, child.killed);
      next();
    });
  },
  async (next) => {
    const { stdout, stderr } = await util.promisify(exec)('echo p1; echo p2 >&2');
    console.log('promisify', JSON.stringify(stdout), JSON.stringify(stderr));
    try {
      await util.promisify(execFile)('sh', ['-c', 'echo o; echo e >&2; exit 2']);
    } catch (err) {
      console.log('promisify reject', err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr), err.cmd);
    }
    const promise = util.promisify(exec)('exit 0');
    console.log('promise.child', typeof promise.child.pid);
    await promise;
    next();
  },
  (next) => {
    for (const [label, fn] of [
      ['maxBuffer', () => exec('true', { maxBuffer: -1 })],
      ['timeout', () => execFile('true', [], { timeout: 1.5 })],
      ['callback', () => execFile('true', [], {}, 'nope')],
      ['command', () => exec(5)],
    ]) {
      try {
        fn();
        console.log(label, 'no throw');
      } catch (err) {
        console.log(label, err.code, err.message);
      }
    }
    next();
  },
];

(function next() {
  const step = steps.shift();
  if (step) step(next);
})();
