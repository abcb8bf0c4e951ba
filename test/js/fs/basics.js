const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(require('os').tmpdir() + '/n4j-');
console.log(path.basename(dir).startsWith('n4j-'));
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello world\n');
console.log(fs.readFileSync(f, 'utf8'));
console.log(fs.readFileSync(f));
fs.appendFileSync(f, 'more');
const st = fs.statSync(f);
console.log(st.isFile(), st.isDirectory(), st.size, typeof st.mtimeMs, st.mtime instanceof Date);
console.log(fs.statSync(f, { bigint: true }).size);
console.log(fs.existsSync(f), fs.existsSync(f + 'x'));
try { fs.readFileSync('/nope'); } catch (e) { console.log(e.message, e.code, e.errno, e.syscall, e.path); }
try { fs.readFileSync('/tmp'); } catch (e) { console.log(e.message, e.code, e.errno, e.syscall, e.path); }
try { fs.readFileSync('a\0b'); } catch (e) { console.log(e.code, e.message); }

fs.mkdirSync(path.join(dir, 'x/y/z'), { recursive: true });
console.log(fs.readdirSync(dir).sort(), fs.readdirSync(dir, { withFileTypes: true }).map(d => [d.name, d.isDirectory()]));
console.log(fs.readdirSync(dir, { recursive: true }).sort());
const fd = fs.openSync(f, 'r');
const b = Buffer.alloc(5);
console.log(fs.readSync(fd, b, 0, 5, 6), b.toString());
fs.closeSync(fd);
try { fs.closeSync(fd); } catch (e) { console.log(e.message); }
fs.copyFileSync(f, f + '.copy');
fs.renameSync(f + '.copy', f + '.moved');
fs.symlinkSync(f, f + '.link');
console.log(fs.readlinkSync(f + '.link') === f, fs.lstatSync(f + '.link').isSymbolicLink(), fs.realpathSync(f + '.link') === f);
try { fs.rmSync(dir); } catch (e) { console.log(e.code, e.message.replace(dir, '<dir>')); }
fs.readFile(f, 'utf8', (err, data) => {
  console.log('async', err, JSON.stringify(data));
  fs.stat('/nope', (err) => {
    console.log('async stat', err.message);
    fs.promises.readFile(f, 'utf8').then(async (t) => {
      console.log('promise', t.length);
      const h = await fs.promises.open(f, 'r');
      console.log((await h.stat()).size, (await h.read(Buffer.alloc(5), 0, 5, 0)).buffer.toString());
      await h.close();
      await fs.promises.rm(dir, { recursive: true });
      console.log('removed', fs.existsSync(dir));
    });
  });
});
