// Terminal mode over a fake TTY output: the ANSI output of prompt, typing,
// cursor movement, editing keys, history up/down, ctrl-d/ctrl-c, 'history'
// and 'SIGINT' events and tab completion (sync and callback completers).
'use strict';
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function fakeTTY() {
  const out = new Writable({ write(c, e, cb) { out.data += c; cb(); } });
  out.data = '';
  out.isTTY = true;
  out.columns = 20;
  return out;
}
const take = (out) => { const d = JSON.stringify(out.data); out.data = ''; return d; };

{
  const input = new PassThrough();
  const output = fakeTTY();
  const rl = readline.createInterface({ input, output, prompt: '> ', historySize: 3 });
  console.log('terminal', rl.terminal);
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  rl.on('history', (h) => console.log('history', JSON.stringify(h)));
  rl.prompt();
  console.log('prompt', take(output));
  rl.write('hello');
  console.log('typed', take(output), rl.line, rl.cursor, JSON.stringify(rl.getCursorPos()));
  rl.write(null, { ctrl: true, name: 'a' });
  rl.write(null, { name: 'right' });
  rl.write('X');
  console.log('insert', take(output), rl.line, rl.cursor);
  rl.write(null, { name: 'backspace' });
  rl.write(null, { ctrl: true, name: 'e' });
  rl.write(null, { name: 'left' });
  rl.write(null, { name: 'delete' });
  console.log('edit', take(output), rl.line, rl.cursor);
  rl.write(' world foo');
  rl.write(null, { ctrl: true, name: 'w' });
  console.log('ctrl-w', rl.line, rl.cursor);
  rl.write(null, { meta: true, name: 'b' });
  console.log('meta-b', rl.cursor);
  rl.write(null, { ctrl: true, name: 'k' });
  console.log('ctrl-k', JSON.stringify(rl.line));
  rl.write(null, { ctrl: true, name: 'u' });
  console.log('ctrl-u', JSON.stringify(rl.line), take(output));
  rl.write('first\n');
  rl.write('second\r\n');
  rl.write('third\n');
  rl.write('fourth\n');
  rl.write('  \n');
  take(output);
  rl.write(null, { name: 'up' });
  console.log('up', rl.line, take(output));
  rl.write(null, { name: 'up' });
  rl.write(null, { name: 'up' });
  rl.write(null, { name: 'up' });
  console.log('up x4', rl.line);
  rl.write(null, { name: 'down' });
  rl.write(null, { name: 'down' });
  rl.write(null, { name: 'down' });
  console.log('down x3', JSON.stringify(rl.line));
  rl.write('th');
  rl.write(null, { name: 'up' });
  console.log('prefix search', rl.line);
  rl.write(null, { ctrl: true, name: 'u' });
  rl.write('a long line that wraps past twenty columns');
  console.log('wrapped', JSON.stringify(rl.getCursorPos()));
  take(output);
  rl.write(null, { ctrl: true, name: 'a' });
  console.log('home wrapped', take(output));
  rl.write(null, { ctrl: true, name: 'e' });
  rl.write(null, { ctrl: true, name: 'u' });
  rl.on('SIGINT', () => console.log('SIGINT'));
  rl.write(null, { ctrl: true, name: 'c' });
  rl.on('close', () => console.log('close'));
  rl.write(null, { ctrl: true, name: 'd' });
  console.log('history now', JSON.stringify(rl.history));
}

{
  const input = new PassThrough();
  const output = fakeTTY();
  const words = ['apple', 'apricot', 'banana'];
  const rl = readline.createInterface({
    input, output, terminal: true,
    completer: (line) => [words.filter((w) => w.startsWith(line)), line],
  });
  input.write('b\t');
  console.log('complete one', rl.line, take(output));
  rl.write(null, { ctrl: true, name: 'u' });
  take(output);
  input.write('a');
  input.write('\t');
  console.log('common prefix', rl.line, take(output));
  input.write('\t');
  console.log('second tab lists', take(output));
  rl.close();
}

{
  const input = new PassThrough();
  const output = fakeTTY();
  const rl = readline.createInterface({
    input, output, terminal: true,
    completer: (line, cb) => setImmediate(() => {
      cb(null, [['process.stdout', 'process.stdin'], line]);
      console.log('async completer', rl.line, take(output));
      rl.close();
    }),
  });
  input.write('process.s\t');
}
