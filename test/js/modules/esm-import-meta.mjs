// import.meta: url, filename, dirname, main and resolve() for relative, bare,
// builtin and missing specifiers (resolve does not check that files exist).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
console.log(Object.keys(import.meta));
console.log(import.meta.url);
console.log(import.meta.filename);
console.log(import.meta.dirname);
console.log(fileURLToPath(import.meta.url) === import.meta.filename);
console.log(path.dirname(import.meta.filename) === import.meta.dirname);
console.log(import.meta.main);
const r = (s) => {
  try {
    return import.meta.resolve(s);
  } catch (err) {
    return err.code + ': ' + err.message;
  }
};
console.log(r('./fixtures/esm/plain.mjs'));
console.log(r('./fixtures/esm/not-there.mjs'));
console.log(r('../modules/fixtures/./esm/plain.mjs?x=1#frag'));
console.log(r('node:fs'), r('fs'), r('fs/promises'), r('node:test'));
console.log(r('node:nope'));
console.log(r('no-such-package'));
console.log(r('data:text/javascript,export default 1'));
console.log(r('https://example.com/x.mjs'));
// bare specifiers resolve from the module whose import.meta is used
const { resolve } = await import('./fixtures/pkgs/imp.mjs');
for (const s of ['exp-conds', 'dual', 'exp-sub/utils/math', 'exp-string/other', '#nope']) {
  try {
    console.log(resolve(s));
  } catch (err) {
    console.log(err.code + ': ' + err.message);
  }
}
const child = await import('./fixtures/esm/meta-child.mjs');
console.log(child.default);
