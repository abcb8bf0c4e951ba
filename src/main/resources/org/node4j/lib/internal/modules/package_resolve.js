// The "exports" and "imports" fields of package.json, as Node's "Modules:
// Packages" docs define them: subpath maps, conditions, patterns with one
// '*', null targets and the target validity rules. Shared by require (with
// the "require" condition) and import (with "import"); works on file paths.
'use strict';

const path = require('path');
const {
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_INVALID_PACKAGE_CONFIG,
  ERR_INVALID_PACKAGE_TARGET,
  ERR_PACKAGE_IMPORT_NOT_DEFINED,
  ERR_PACKAGE_PATH_NOT_EXPORTED,
} = require('internal/errors').codes;
const packageJson = require('internal/modules/package_json_reader');

// A path segment a target may not contain after its leading "./": empty, ".",
// "..", or "node_modules", also when percent-encoded.
const BAD_SEGMENT = /(^|[\\/])((\.|%2e)(\.|%2e)?|(n|%6e)(o|%6f)(d|%64)(e|%65)(_|%5f)(m|%6d)(o|%6f)(d|%64)(u|%75)(l|%6c)(e|%65)(s|%73))?([\\/]|$)/i;

function dirPrefix(pkgDir) {
  return pkgDir.endsWith('/') ? pkgDir : `${pkgDir}/`;
}

// "exports": "./x" and { "import": ..., "require": ... } are sugar for { ".": ... }.
function isConditionalSugar(exports, pjsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  let conditional = false;
  let first = true;
  for (const key of Object.keys(exports)) {
    const isCondition = key === '' || key[0] !== '.';
    if (first) {
      conditional = isCondition;
      first = false;
    } else if (conditional !== isCondition) {
      throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must ' +
        'either be an object of package subpath keys or an object of main entry condition name keys only.');
    }
  }
  return conditional;
}

// Which of two pattern keys is more specific: -1 when a, 1 when b.
function patternKeyCompare(a, b) {
  const starA = a.indexOf('*');
  const starB = b.indexOf('*');
  const baseA = starA === -1 ? a.length : starA + 1;
  const baseB = starB === -1 ? b.length : starB + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (starA === -1) return 1;
  if (starB === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Look `name` up in a subpath map (exports or imports): an exact key, else the
// most specific pattern. Returns the resolved path, null/undefined when excluded.
function resolveInMap(map, name, ctx) {
  if (Object.hasOwn(map, name) && !name.includes('*')) {
    return resolveTarget(map[name], '', name, false, ctx);
  }
  let bestKey = '';
  let bestMatch = '';
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    const trailer = key.slice(star + 1);
    if (name.startsWith(prefix) && name !== prefix && name.length >= key.length &&
        name.endsWith(trailer) && patternKeyCompare(bestKey, key) === 1) {
      bestKey = key;
      bestMatch = name.slice(star, name.length - trailer.length);
    }
  }
  if (bestKey !== '') return resolveTarget(map[bestKey], bestMatch, bestKey, true, ctx);
  warnFolderMapping(name, ctx);
  return undefined;
}

function resolveTarget(target, match, key, isPattern, ctx) {
  if (typeof target === 'string') return resolveTargetString(target, match, key, isPattern, ctx);
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const candidate of target) {
      let resolved;
      try {
        resolved = resolveTarget(candidate, match, key, isPattern, ctx);
      } catch (err) {
        lastError = err;
        if (err && err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.keys(target);
    for (const condition of keys) {
      if (`${Number(condition)}` === condition && Number(condition) >= 0) {
        throw new ERR_INVALID_PACKAGE_CONFIG(ctx.pjsonPath, ctx.base, '"exports" cannot contain numeric property keys.');
      }
    }
    for (const condition of keys) {
      if (condition === 'default' || ctx.conditions.has(condition)) {
        const resolved = resolveTarget(target[condition], match, key, isPattern, ctx);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(target, key, ctx);
}

function resolveTargetString(target, match, key, isPattern, ctx) {
  if (!target.startsWith('./')) {
    if (ctx.isImports && !target.startsWith('../') && !target.startsWith('/') && !isURL(target)) {
      const request = isPattern ? target.replaceAll('*', match) : target + match;
      return ctx.packageResolve(request, ctx.pjsonPath);
    }
    throw invalidTarget(target, key, ctx);
  }
  if (BAD_SEGMENT.test(target.slice(2))) throw invalidTarget(target, key, ctx);
  const prefix = dirPrefix(ctx.pkgDir);
  if (match === '') return path.normalize(prefix + target.slice(2));
  if (BAD_SEGMENT.test(match)) {
    const request = isPattern ? key.replace('*', () => match) : key + match;
    throw new ERR_INVALID_MODULE_SPECIFIER(request,
      `request is not a valid match in pattern "${key}" for the "${ctx.isImports ? 'imports' : 'exports'}" ` +
      `resolution of ${ctx.pjsonPath}`, ctx.base);
  }
  if (isPattern) return path.normalize(prefix + target.slice(2).replaceAll('*', match));
  return path.normalize(prefix + target.slice(2) + match);
}

function isURL(text) {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

function invalidTarget(target, key, ctx) {
  // Numbers and booleans are reported as the strings they would be as paths.
  const shown = target !== null && typeof target !== 'object' ? `${target}` : target;
  return new ERR_INVALID_PACKAGE_TARGET(dirPrefix(ctx.pkgDir), key, shown, ctx.isImports, ctx.base);
}

// Requests ending in "/" once reached folder mappings, which Node removed;
// such a request that nothing exports warns once per package and subpath.
const warnedFolderMappings = new Set();
function warnFolderMapping(name, ctx) {
  if (ctx.isImports || !name.endsWith('/') || name === './') return;
  const id = `${ctx.pjsonPath}|${name}`;
  if (warnedFolderMappings.has(id)) return;
  warnedFolderMappings.add(id);
  process.emitWarning(`Use of deprecated trailing slash pattern mapping "${name}" in the "exports" field ` +
    `module resolution of the package at ${ctx.pjsonPath}${ctx.base ? ` imported from ${ctx.base}` : ''}. ` +
    'Mapping specifiers ending in "/" is no longer supported.', 'DeprecationWarning', 'DEP0155');
}

// The file `subpath` ('.' or './x') of the package at pkgDir maps to through
// its "exports". base: the importing file, for messages (undefined for require).
function exportsResolve(pkgDir, pjsonPath, subpath, exports, base, conditions) {
  const ctx = { pkgDir, pjsonPath, base, conditions, isImports: false, packageResolve: null };
  const map = isConditionalSugar(exports, pjsonPath, base) ? { '.': exports } : exports;
  let resolved;
  if (map !== null && typeof map === 'object') resolved = resolveInMap(map, subpath, ctx);
  if (resolved == null) throw new ERR_PACKAGE_PATH_NOT_EXPORTED(dirPrefix(pkgDir), subpath, base);
  return resolved;
}

// A '#name' specifier through the "imports" of the package scoping `base`.
// packageResolve(request, fromPath) resolves targets that name other packages.
function importsResolve(name, base, conditions, packageResolve) {
  if (name === '#' || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  const pkg = packageJson.findScope(base);
  let pkgDir;
  if (pkg !== null) {
    pkgDir = path.dirname(pkg.pjsonPath);
    const imports = pkg.imports;
    if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
      const ctx = { pkgDir, pjsonPath: pkg.pjsonPath, base, conditions, isImports: true, packageResolve };
      const resolved = resolveInMap(imports, name, ctx);
      if (resolved != null) return resolved;
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkgDir === undefined ? undefined : dirPrefix(pkgDir), base);
}

// 'name' or '@scope/name' and the rest of a bare specifier; null when invalid.
function parsePackageName(specifier) {
  let end = specifier.indexOf('/');
  if (specifier[0] === '@') {
    if (end === -1) return null;
    end = specifier.indexOf('/', end + 1);
  }
  const name = end === -1 ? specifier : specifier.slice(0, end);
  if (name === '' || name[0] === '.' || name.includes('\\') || name.includes('%')) return null;
  return { name, subpath: `.${end === -1 ? '' : specifier.slice(end)}` };
}

// Conditions the user added with --conditions / -C.
let userConditions;
function getUserConditions() {
  if (userConditions === undefined) {
    const config = require('internal/bootstrap/realm').internalBinding('config');
    userConditions = [...Array.from(config.flagValues('--conditions')), ...Array.from(config.flagValues('-C'))];
  }
  return userConditions;
}

let requireConditions;
let importConditions;
function conditionsFor(kind) {
  if (kind === 'require') {
    requireConditions ??= new Set(['require', 'node', 'module-sync', 'node-addons', ...getUserConditions()]);
    return requireConditions;
  }
  importConditions ??= new Set(['node', 'import', 'module-sync', 'node-addons', ...getUserConditions()]);
  return importConditions;
}

module.exports = { exportsResolve, importsResolve, parsePackageName, conditionsFor, patternKeyCompare };
