// Errors before evaluation: syntax errors and missing named exports (from ESM
// and from CommonJS, whose message suggests the default import).
for (const f of ['./fixtures/esm/throws/syntax-error.mjs', './fixtures/esm/throws/missing-export.mjs', './fixtures/esm/throws/missing-export-cjs.mjs']) {
  try {
    await import(f);
  } catch (err) {
    console.log(f);
    console.log('  ', err.name, err.code);
    console.log('  ' + err.message.split('\n').join('\n  '));
  }
}
