// An error thrown during an imported module's evaluation rejects import(); the
// module is not evaluated again and later imports reject with the same error.
let first;
try {
  await import('./fixtures/esm/throws/imports-thrower.mjs');
} catch (err) {
  first = err;
  console.log('caught:', err.name, err.message);
}
try {
  await import('./fixtures/esm/throws/on-eval.mjs');
} catch (err) {
  console.log('again:', err === first, globalThis.onEvalRuns);
}
try {
  await import('./fixtures/esm/throws/imports-thrower.mjs');
} catch (err) {
  console.log('importer again:', err === first);
}
