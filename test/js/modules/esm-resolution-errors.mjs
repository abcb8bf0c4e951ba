// ESM resolution is strict: no extension search (ERR_MODULE_NOT_FOUND, with a
// hint when a file with an extension exists), no directory index
// (ERR_UNSUPPORTED_DIR_IMPORT), missing packages, unsupported URL schemes and
// invalid specifiers.
const { imp } = await import('./fixtures/pkgs/imp.mjs');
const attempts = [
  () => import('./fixtures/esm/noext-target'),
  () => import('./fixtures/esm/plain'),
  () => import('./fixtures/esm/missing.mjs'),
  () => import('./fixtures/esm/dir-import'),
  () => import('./fixtures/esm/dir-import/'),
  () => import('./fixtures/cjs/dirs/main-ext'),
  () => import('no-such-package'),
  () => import('@scope/no-such-package/sub'),
  () => imp('plain-cjs/lib/other'),
  () => imp('exp-string/other.js'),
  () => imp('exp-invalid/no-dot-slash'),
  () => import('https://example.com/x.mjs'),
  () => import('ftp://example.com/x.mjs'),
  () => import('file:///definitely/not/here.mjs'),
  () => import('./fixtures/esm/plain.mjs%2f'),
  () => import(''),
];
for (const attempt of attempts) {
  try {
    await attempt();
    console.log(attempt.toString(), '-> loaded');
  } catch (err) {
    console.log(attempt.toString().slice(6));
    console.log('  ', err.name, err.code);
    console.log('  ', err.message);
    if (err.url) console.log('   url:', err.url);
  }
}
