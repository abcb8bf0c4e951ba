// process.stdin over a pipe, a file and /dev/null: what it is,
// what it reads, and that a paused or unread stdin lets the process end.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-stdin-'));
const script = path.join(dir, 'child.js');

// Runs code in a child whose stdin is 'pipe' (fed input), 'ignore' (/dev/null)
// or { file } (a shell redirect from that file).
function child(code, stdin, input) {
  fs.writeFileSync(script, code);
  const [cmd, args] = stdin.file ?
    ['/bin/sh', ['-c', '"$0" "$1" < "$2"', process.execPath, script, stdin.file]] :
    [process.execPath, [script]];
  const r = spawnSync(cmd, args, {
    input,
    stdio: [stdin.file ? 'ignore' : stdin, 'pipe', 'pipe'],
    timeout: 30000,
    encoding: 'utf8',
  });
  return `status ${r.status} signal ${r.signal}\n${r.stdout}${r.stderr ? 'stderr: ' + r.stderr : ''}`;
}

const describe = `
  const s = process.stdin;
  console.log(s.constructor.name, s.fd, s.readable, s.isTTY, s.readableFlowing);
  let n = 0;
  const chunks = [];
  s.on('data', (d) => { n += d.length; chunks.push(d); });
  s.on('end', () => console.log('end', n, JSON.stringify(Buffer.concat(chunks).toString().slice(0, 20))));
  s.on('close', () => console.log('close'));
`;

console.log('-- pipe');
console.log(child(describe, 'pipe', 'hello\nworld\n'));

console.log('-- big pipe');
console.log(child(describe, 'pipe', 'x'.repeat(1 << 20)));

const file = path.join(dir, 'input.txt');
fs.writeFileSync(file, 'from a file\n');
console.log('-- file');
console.log(child(describe, { file }));

console.log('-- /dev/null');
console.log(child(describe, 'ignore'));

console.log('-- untouched stdin does not hold the process');
console.log(child('process.stdin; console.log("done")', 'pipe'));

console.log('-- paused stdin lets the process end');
console.log(child(`
  process.stdin.on('data', (d) => {
    console.log('data', String(d).trim());
    process.stdin.pause();
  });
  process.stdin.on('pause', () => console.log('pause event'));
`, 'pipe', 'one\n'));

console.log('-- async iteration');
console.log(child(`
  (async () => {
    let text = '';
    process.stdin.setEncoding('utf8');
    for await (const chunk of process.stdin) text += chunk;
    console.log(JSON.stringify(text));
  })();
`, 'pipe', 'a\nb\nc\n'));

console.log('-- readline over stdin');
console.log(child(`
  const rl = require('readline').createInterface({ input: process.stdin });
  rl.on('line', (line) => console.log('line', line));
  rl.on('close', () => console.log('closed'));
`, 'pipe', 'first\nsecond\nthird'));

console.log('-- openStdin');
console.log(child(`
  const s = process.openStdin();
  console.log(s === process.stdin, s.readableFlowing);
  s.on('data', (d) => console.log('data', String(d)));
`, 'pipe', 'x'));

console.log('-- tty module off a terminal');
const tty = require('tty');
console.log(tty.isatty(0), tty.isatty(-1), tty.isatty(1.5), tty.isatty(99));
for (const make of [() => new tty.ReadStream(-1), () => new tty.WriteStream('x')]) {
  try {
    make();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

fs.rmSync(dir, { recursive: true });
