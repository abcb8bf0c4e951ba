// spawn: event order, exit codes, signal deaths, kill(), properties.
'use strict';
const { spawn, ChildProcess } = require('child_process');

function run(label, file, args, options, then) {
  const child = spawn(file, args, options);
  const info = [label, 'instanceof', child instanceof ChildProcess, typeof child.pid, child.connected,
    child.spawnfile, JSON.stringify(child.spawnargs), child.stdio.length].join(' ');
  const events = [];
  let output = '';
  if (child.stdout) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => { output += d; });
  }
  child.on('spawn', () => events.push('spawn'));
  child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  child.on('error', (err) => events.push(`error ${err.message}`));
  child.on('close', (code, signal) => {
    events.push(`close ${code} ${signal}`);
    console.log(info);
    if (output) console.log(label, 'stdout', JSON.stringify(output));
    console.log(label, events.join(', '), 'exitCode', child.exitCode, 'signalCode', child.signalCode,
      'killed', child.killed);
    then?.();
  });
  return child;
}

run('true', 'true', [], {}, () => {
  run('exit7', 'sh', ['-c', 'exit 7'], {}, () => {
    run('selfkill', '/bin/sh', ['-c', 'kill -KILL $$'], {}, () => {
      const sleeper = run('kill', 'sleep', ['30'], { stdio: 'ignore' }, () => {
        console.log('kill after exit', sleeper.kill());
        const c = run('killnum', 'sleep', ['30'], { stdio: ['ignore', 'pipe', 'inherit'] }, () => {
          run('shell', 'echo $((6 * 7))', [], { shell: true, stdio: ['inherit', 'pipe', 'inherit'] }, () => {
            run('argv0', 'sh', ['-c', 'echo $0'], { argv0: 'custom0', stdio: ['inherit', 'pipe', 'inherit'] }, () => {
              run('cwd', 'pwd', [], { cwd: '/tmp', stdio: ['inherit', 'pipe', 'inherit'] }, () => {
                run('env', 'sh', ['-c', 'echo "$FOO-$BAR"'], { env: { FOO: 'foo', BAR: 1 }, stdio: ['inherit', 'pipe', 'inherit'] });
              });
            });
          });
        });
        c.on('spawn', () => console.log('kill(9)', c.kill(9)));
      });
      sleeper.on('spawn', () => console.log('kill()', sleeper.kill()));
    });
  });
});
