// JSON modules need `with { type: 'json' }`: default export only, one cached
// instance per URL; a missing or wrong attribute is an error.
import config from './fixtures/esm/data/config.json' with { type: 'json' };
import * as ns from './fixtures/esm/data/config.json' with { type: 'json' };
console.log(config, Object.keys(ns), ns.default === config);
const again = await import('./fixtures/esm/data/config.json', { with: { type: 'json' } });
console.log(again.default === config);
const attempts = [
  ['./fixtures/esm/data/config.json', undefined],
  ['./fixtures/esm/data/config.json', { with: { type: 'javascript' } }],
  ['./fixtures/esm/plain.mjs', { with: { type: 'json' } }],
  ['./fixtures/esm/data/config.json', { with: { type: 'json', extra: 'x' } }],
  ['./fixtures/cjs/json/bad.json', { with: { type: 'json' } }],
  ['./fixtures/esm/data/config.json', { with: 'json' }],
];
for (const [specifier, options] of attempts) {
  try {
    const m = await import(specifier, options);
    console.log(specifier, JSON.stringify(options), '->', Object.keys(m));
  } catch (err) {
    console.log(specifier, JSON.stringify(options), '->', err.name, err.code);
    console.log('  ' + err.message);
  }
}
