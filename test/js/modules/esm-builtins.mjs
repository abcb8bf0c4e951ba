// Built-in modules from ESM: named exports, default === the CommonJS object,
// node: prefix, node:-only modules and unknown built-ins.
import fs, { readFileSync } from 'fs';
import * as fsNs from 'node:fs';
import { join, sep } from 'path';
import path from 'node:path';
import { createRequire, isBuiltin } from 'node:module';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
const require = createRequire(import.meta.url);
console.log(fs === require('fs'), path === require('path'), fsNs.default === fs);
console.log(readFileSync === fs.readFileSync, join === path.join, sep, readFile === fs.promises.readFile);
console.log(typeof test, isBuiltin('node:test'));
console.log(Object.keys(fsNs).includes('readFileSync'), 'default' in fsNs);
// Assigning to the CommonJS object updates the named export (syncBuiltinESMExports).
const { syncBuiltinESMExports } = await import('node:module');
const original = fs.existsSync;
fs.existsSync = () => 'patched';
syncBuiltinESMExports();
console.log(fsNs.existsSync(), (await import('fs')).existsSync());
fs.existsSync = original;
syncBuiltinESMExports();
for (const s of ['node:nope', 'test', 'node:fs/nope', 'fs/nope']) {
  try {
    await import(s);
    console.log(s, 'loaded');
  } catch (err) {
    console.log(s, '->', err.code, err.message);
  }
}
