// require() of an ES module graph that uses top-level await throws
// ERR_REQUIRE_ASYNC_MODULE (directly or through an import); import() still works.
for (const f of ['./fixtures/esm/tla/tla-dep.mjs', './fixtures/esm/tla/imports-tla.mjs']) {
  try {
    require(f);
    console.log(f, 'loaded');
  } catch (err) {
    console.log(f);
    console.log('  ', err.name, err.code);
    console.log('  ', err.message);
  }
}
import('./fixtures/esm/tla/imports-tla.mjs').then((ns) => console.log('import():', ns.indirect));
