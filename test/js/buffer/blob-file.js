// Blob and File: construction, text/arrayBuffer/bytes, slice, type, inspect.
'use strict';
async function t(label, fn) {
  try { console.log(label, await fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
(async () => {
  const b = new Blob(['ab', new Uint8Array([99]), 'é', new Uint16Array([0x6564]).buffer, new Blob(['!'])], { type: 'Text/Plain' });
  await t('blob', () => b);
  await t('size type', () => [b.size, b.type, Object.prototype.toString.call(b)].join(' '));
  await t('text', () => b.text());
  await t('arrayBuffer', async () => Buffer.from(await b.arrayBuffer()));
  await t('bytes', async () => { const u = await b.bytes(); return [u.constructor.name, u.length]; });
  await t('slice', () => b.slice(1, 3).text());
  await t('slice neg', () => b.slice(-3).text());
  await t('slice type', () => b.slice(0, 1, 'X/Y').type);
  await t('slice inverted', () => b.slice(3, 1).size);
  await t('slice huge', () => b.slice(-100, 100).size);
  await t('empty', () => new Blob());
  await t('bad type', () => new Blob(['x'], { type: 'a\u0100' }).type);
  await t('string sources', () => new Blob('abc'));
  await t('null sources', () => new Blob(null));
  await t('number part', () => new Blob([1, true, null, { toString() { return 'o'; } }]).text());
  await t('endings native', () => new Blob(['a\nb\r\nc'], { endings: 'native' }).size);
  await t('endings bad', () => new Blob([], { endings: 'x' }));
  await t('options bad', () => new Blob([], 5));
  await t('immutable source', async () => { const u = new Uint8Array([1]); const x = new Blob([u]); u[0] = 2; return (await x.bytes())[0]; });
  const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 42 });
  await t('file', () => f);
  await t('file props', () => [f.name, f.lastModified, f.size, f.type, f instanceof Blob, Object.prototype.toString.call(f)].join(' '));
  await t('file text', () => f.text());
  await t('file missing', () => new File(['a']));
  await t('file name coerced', () => new File([], 12).name);
  await t('file lastModified default', () => typeof new File([], 'x').lastModified);
  await t('file lastModified string', () => new File([], 'x', { lastModified: '7' }).lastModified);
  await t('blob proto', () => Object.getOwnPropertyNames(Blob.prototype).join());
  await t('file proto', () => Object.getOwnPropertyNames(File.prototype).join());
  await t('file slice is blob', () => f.slice(1).constructor.name);
})();
