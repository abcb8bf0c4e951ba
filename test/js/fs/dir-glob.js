// fs.opendir/Dir (sync, callback, promise, async iteration, recursive, the
// closed/concurrent errors) and fs.glob/globSync/promises.glob (wildcards,
// '**', braces, trailing slash, exclude, withFileTypes, cwd). Glob and
// recursive Dir orders are not part of node's contract: results are sorted.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-dir-glob-'));
for (const dir of ['a/aa', 'b', '.hid/x']) fs.mkdirSync(path.join(root, dir), { recursive: true });
for (const file of ['f1', 'z', 'a/f2', 'a/f2.js', 'a/aa/f3', 'b/f4', 'b/f4.js', '.hid/x/q.js']) {
  fs.writeFileSync(path.join(root, file), '');
}
const sorted = (list) => list.slice().sort();
const rel = (p) => p.replace(root, '<root>');
process.chdir(root);

console.log(sorted(fs.globSync('**')));
console.log(sorted(fs.globSync('**/*.js')), sorted(fs.globSync(['a/*', 'b/*'])), sorted(fs.globSync('{a,b}/f*')));
console.log(sorted(fs.globSync('*', { withFileTypes: true }).map((d) => `${d.parentPath}:${d.name}:${d.isDirectory()}`)));
console.log(sorted(fs.globSync('**', { exclude: (p) => p === 'a' })), sorted(fs.globSync('**', { exclude: ['a/**'] })));
console.log(sorted(fs.globSync(`${root}/*/f*`).map(rel)));
console.log(fs.globSync('nomatch'), sorted(fs.globSync('a/../b/*')), sorted(fs.globSync('./a/*')));
console.log(sorted(fs.globSync('*/f*', { cwd: root, withFileTypes: true }).map((d) => `${rel(d.parentPath)}:${d.name}`)));
console.log(sorted(fs.globSync('**/', { cwd: root })), fs.globSync('a/'), sorted(fs.globSync('.hid/**')),
            fs.globSync('**/.hid'), sorted(fs.globSync('*/', { cwd: new URL(`file://${root}/`) })));
for (const bad of [() => fs.globSync(1), () => fs.globSync('*', { exclude: 1 }), () => fs.globSync('*', { cwd: 1 })]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}

const d = fs.opendirSync(root, { recursive: true });
const seen = [];
for (let e; (e = d.readSync()) !== null;) seen.push(`${rel(e.parentPath)}|${e.name}`);
d.closeSync();
console.log(sorted(seen).join(' '));
try { d.readSync(); } catch (e) { console.log(e.code, e.message); }
try { d.closeSync(); } catch (e) { console.log(e.code, e.message); }
for (const bad of [() => fs.opendirSync(path.join(root, 'nope')), () => fs.opendirSync(path.join(root, 'f1')),
                   () => fs.opendirSync(root, { bufferSize: 0 })]) {
  try { bad(); } catch (e) { console.log(e.code, e.message, e.syscall, e.path); }
}
const d3 = fs.opendirSync(root);
console.log(rel(d3.path), Object.keys(d3), typeof d3.entries, typeof d3[Symbol.asyncDispose], typeof d3[Symbol.dispose]);
d3.read().then((x) => {
  console.log('promise read', typeof x.name);
  d3.closeSync();
  return fs.promises.opendir(root);
}).then(async (d2) => {
  const names = [];
  for await (const x of d2) names.push(x.name);
  console.log(sorted(names).join(' '));
  await d2.close().catch((e) => console.log('close after loop:', e.code));
  const globbed = [];
  for await (const x of fs.promises.glob('*')) globbed.push(x);
  console.log('promises.glob', sorted(globbed));
  fs.glob('b/*', (err, r) => {
    console.log('glob callback', err, sorted(r));
    fs.opendir(root, (err, dir) => {
      dir.read((err, ent) => {
        console.log('callback read', err, typeof ent.name);
        dir.close((err) => {
          console.log('closed', err);
          fs.rmSync(root, { recursive: true });
        });
      });
    });
  });
});
try { d3.readSync(); } catch (e) { console.log(e.code, e.message); }
