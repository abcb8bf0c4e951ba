// fs.createReadStream / createWriteStream: event order, ranges, encodings,
// errors, FileHandle streams, and 8 MiB through a pipe with a digest.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream/promises');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n4j-streams-'));
const file = path.join(dir, 'alphabet.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz'.repeat(4000));

function events(stream, names) {
  const seen = [];
  for (const name of names) stream.on(name, (arg) => seen.push(typeof arg === 'number' ? name : name));
  return seen;
}

async function ranges() {
  const rs = fs.createReadStream(file, { start: 3, end: 70000, highWaterMark: 30000 });
  const seen = events(rs, ['open', 'ready', 'end', 'close']);
  const sizes = [];
  rs.on('data', (chunk) => sizes.push(chunk.length));
  await new Promise((resolve) => rs.on('close', resolve));
  console.log('range', seen.join(','), sizes.join(','), rs.bytesRead, rs.pos, rs.pending);

  const text = fs.createReadStream(file, { encoding: 'utf8', start: 24, end: 29 });
  let got = '';
  for await (const piece of text) got += piece;
  console.log('encoded', JSON.stringify(got));
}

async function writes() {
  const out = path.join(dir, 'out.txt');
  const ws = fs.createWriteStream(out);
  const seen = events(ws, ['open', 'ready', 'finish', 'close']);
  console.log('pending before open', ws.pending, ws.bytesWritten);
  ws.write('hello ');
  ws.write(Buffer.from('world'));
  ws.write('c3a9', 'hex');
  await new Promise((resolve) => ws.end('!', resolve));
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('write', seen.join(','), ws.bytesWritten, JSON.stringify(fs.readFileSync(out, 'utf8')));

  const at = fs.createWriteStream(out, { flags: 'r+', start: 2 });
  at.end('XY');
  await new Promise((resolve) => at.on('close', resolve));
  console.log('start', JSON.stringify(fs.readFileSync(out, 'utf8')));

  const appended = fs.createWriteStream(out, { flags: 'a', encoding: 'latin1' });
  appended.end('\u00ff');
  await new Promise((resolve) => appended.on('close', resolve));
  console.log('append', fs.readFileSync(out).toString('hex'));
}

async function errors() {
  await new Promise((resolve) => {
    const rs = fs.createReadStream(path.join(dir, 'missing'));
    const seen = events(rs, ['open', 'error', 'close']);
    rs.on('error', (e) => console.log('missing', e.code, e.errno, e.syscall, e.message.replace(dir, '<dir>')));
    rs.on('close', () => { console.log('missing events', seen.join(',')); resolve(); });
  });
  await new Promise((resolve) => {
    const ws = fs.createWriteStream(dir, { flags: 'r' });
    ws.on('error', (e) => { console.log('directory', e.code, e.syscall); });
    ws.on('close', resolve);
    ws.write('x');
  });
  for (const options of [{ start: 5, end: 1 }, { start: -1 }, { end: 'x' }, 7, { fs: { open: null } },
    { signal: 'no' }, { highWaterMark: -1 }]) {
    try {
      fs.createReadStream(file, options).destroy();
      console.log('accepted', JSON.stringify(options));
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  try {
    fs.createWriteStream(file, { flush: 'yes' });
  } catch (e) {
    console.log(e.code, e.message);
  }
  const ws = fs.createWriteStream(path.join(dir, 'ended.txt'));
  ws.end();
  ws.write('late', (e) => console.log('write after end', e.code));
  ws.on('error', (e) => console.log('error event', e.code));
  await new Promise((resolve) => ws.on('close', resolve));
}

async function handles() {
  const handle = await fs.promises.open(file);
  const rs = handle.createReadStream({ start: 0, end: 4, encoding: 'utf8' });
  let text = '';
  rs.on('data', (d) => { text += d; });
  await new Promise((resolve) => rs.on('close', resolve));
  console.log('handle read', text, handle.fd);
  await handle.stat().catch((e) => console.log('after close', e.code, e.syscall));

  const out = await fs.promises.open(path.join(dir, 'handle.txt'), 'w');
  const ws = out.createWriteStream();
  ws.end('via handle');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('handle write', fs.readFileSync(path.join(dir, 'handle.txt'), 'utf8'), out.fd);
}

async function bulk() {
  const big = path.join(dir, 'big.bin');
  const block = Buffer.alloc(65536);
  for (let i = 0; i < block.length; i++) block[i] = (i * 7 + 3) & 0xff;
  const ws = fs.createWriteStream(big);
  for (let i = 0; i < 128; i++) {
    if (!ws.write(block)) await new Promise((resolve) => ws.once('drain', resolve));
  }
  await new Promise((resolve) => ws.end(resolve));
  const copy = path.join(dir, 'copy.bin');
  await pipeline(fs.createReadStream(big), fs.createWriteStream(copy));
  // Adler-32 of the whole file: any lost, repeated or reordered byte changes it.
  const digest = (f) => {
    let a = 1;
    let b = 0;
    for (const byte of fs.readFileSync(f)) {
      a = (a + byte) % 65521;
      b = (b + a) % 65521;
    }
    return b * 65536 + a;
  };
  console.log('bulk', fs.statSync(copy).size, digest(big) === digest(copy), digest(copy));
}

(async () => {
  await ranges();
  await writes();
  await errors();
  await handles();
  await bulk();
  fs.rmSync(dir, { recursive: true });
  console.log('done');
})();
