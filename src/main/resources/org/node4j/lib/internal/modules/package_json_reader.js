// package.json files as the resolvers need them: parsed once, the fields that
// matter for loading (name, main, type, exports, imports), and the package
// scope of a file (the nearest package.json above it).
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const path = require('path');

const fs = internalBinding('fs');
const cache = new Map();

// The package.json at jsonPath, or null when there is none. Invalid JSON is
// ERR_INVALID_PACKAGE_CONFIG; `base` is the file whose loading needed it.
function read(jsonPath, base) {
  let result = cache.get(jsonPath);
  if (result !== undefined) return result;
  const text = fs.readFileUtf8(jsonPath);
  if (text == null) {
    result = null;
  } else {
    let parsed;
    try {
      parsed = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
    } catch (err) {
      const { ERR_INVALID_PACKAGE_CONFIG } = require('internal/errors').codes;
      const error = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, base);
      error.cause = err;
      throw error;
    }
    if (parsed === null || typeof parsed !== 'object') parsed = {};
    result = {
      pjsonPath: jsonPath,
      name: typeof parsed.name === 'string' ? parsed.name : undefined,
      main: typeof parsed.main === 'string' ? parsed.main : undefined,
      type: parsed.type === 'module' || parsed.type === 'commonjs' ? parsed.type : 'none',
      exports: parsed.exports,
      imports: parsed.imports,
    };
  }
  cache.set(jsonPath, result);
  return result;
}

// The nearest package.json at or above the directory of `file`, not looking
// past a node_modules directory (a package's scope ends there).
function findScope(file) {
  return scopeOfDir(path.dirname(file), file);
}

// Every file of a directory has the same scope: remembered per directory.
const scopes = new Map();
function scopeOfDir(dir, file) {
  let scope = scopes.get(dir);
  if (scope !== undefined) return scope;
  if (path.basename(dir) === 'node_modules') {
    scope = null;
  } else {
    scope = read(dir === '/' ? '/package.json' : `${dir}/package.json`, file);
    if (scope === null) {
      const parent = path.dirname(dir);
      scope = parent === dir ? null : scopeOfDir(parent, file);
    }
  }
  scopes.set(dir, scope);
  return scope;
}

// node:module findPackageJSON: the path of the package.json that scopes `file`.
function findPackageJSONPath(file) {
  let dir = path.dirname(file);
  for (;;) {
    const candidate = dir === '/' ? '/package.json' : `${dir}/package.json`;
    if (read(candidate, file) !== null) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

module.exports = { read, findScope, findPackageJSONPath };
