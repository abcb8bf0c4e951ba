// A node child killed by a signal reports (null, 'SIGTERM'); one that handles
// SIGTERM exits with its own code; stdio passed on to a second child.
'use strict';
const { spawn } = require('child_process');

function child(code, then) {
  const c = spawn(process.execPath, ['-e', code]);
  c.stdout.setEncoding('utf8');
  let out = '';
  c.stdout.on('data', (d) => {
    out += d;
    if (out.includes('ready')) c.kill();
  });
  c.on('close', (exitCode, signal) => {
    console.log(JSON.stringify(out), exitCode, signal, c.killed);
    then?.();
  });
}

child('setInterval(() => {}, 1000); process.stdout.write("ready\\n");', () => {
  child('process.on("SIGTERM", () => { console.log("handled"); process.exit(3); });' +
        'setInterval(() => {}, 1000); process.stdout.write("ready\\n");', () => {
    // cat's stdout becomes head's stdin; we never read it ourselves.
    const cat = spawn('cat', { stdio: ['pipe', 'pipe', 'inherit'] });
    const head = spawn('head', ['-n1'], { stdio: [cat.stdout, 'pipe', 'inherit'] });
    head.stdout.setEncoding('utf8');
    head.stdout.on('data', (d) => console.log('head says', JSON.stringify(d)));
    head.on('close', (code) => {
      console.log('head', code);
      cat.stdin.end('world\n');
      cat.stdout.setEncoding('utf8');
      cat.stdout.on('data', (d) => console.log('cat says', JSON.stringify(d)));
      cat.stdout.resume();
    });
    cat.stdin.write('hello\n');
  });
});
