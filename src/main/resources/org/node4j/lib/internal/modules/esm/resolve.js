// Where an import specifier goes, by the rules of Node's "Modules: ECMAScript
// modules" docs: URLs and paths resolve like URLs and need their extension,
// bare names go through node_modules and "exports" (with the "import"
// condition), '#' names through "imports"; then the file's format.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const path = require('path');
const {
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_MODULE_NOT_FOUND,
  ERR_UNKNOWN_FILE_EXTENSION,
  ERR_UNSUPPORTED_DIR_IMPORT,
  ERR_UNSUPPORTED_ESM_URL_SCHEME,
} = require('internal/errors').codes;
const packageJson = require('internal/modules/package_json_reader');
const {
  exportsResolve, importsResolve, parsePackageName, conditionsFor,
} = require('internal/modules/package_resolve');
const { normalizeBuiltinRequest } = require('internal/modules/helpers');

const fs = internalBinding('fs');
const config = internalBinding('config');
const preserveSymlinks = config.hasFlag('--preserve-symlinks');

let url;
function lazyUrl() {
  url ??= require('internal/url');
  return url;
}

// The file a '#name' or bare specifier names, not yet checked to exist.
function packageResolve(specifier, base) {
  if (specifier === '') throw new ERR_MODULE_NOT_FOUND('', base, 'package');
  const parsed = parsePackageName(specifier);
  if (parsed === null) throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  const { name, subpath } = parsed;
  const conditions = conditionsFor('import');

  const scope = packageJson.findScope(base);
  if (scope !== null && scope.name === name && scope.exports !== undefined && scope.exports !== null) {
    return exportsResolve(path.dirname(scope.pjsonPath), scope.pjsonPath, subpath, scope.exports, base, conditions);
  }
  let dir = path.dirname(base);
  for (;;) {
    const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${name}`;
    if (fs.internalModuleStat(pkgDir) === 1) {
      const pkg = packageJson.read(`${pkgDir}/package.json`, base);
      if (pkg !== null && pkg.exports !== undefined && pkg.exports !== null) {
        return exportsResolve(pkgDir, pkg.pjsonPath, subpath, pkg.exports, base, conditions);
      }
      if (subpath === '.') return legacyMainResolve(pkgDir, pkg, base);
      return pkgDir + subpath.slice(1);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ERR_MODULE_NOT_FOUND(name, base, 'package');
}

// A package without "exports": its "main" with CommonJS-like guesses, then index.
function legacyMainResolve(pkgDir, pkg, base) {
  const candidates = [];
  if (pkg && pkg.main) {
    const main = path.resolve(pkgDir, pkg.main);
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}.node`,
      `${main}/index.js`, `${main}/index.json`, `${main}/index.node`);
  }
  candidates.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (const candidate of candidates) {
    if (fs.internalModuleStat(candidate) === 0) return candidate;
  }
  throw new ERR_MODULE_NOT_FOUND(pkgDir, base, 'package');
}

// The resolved file must exist and not be a directory; symlinks are resolved.
function finalize(filename, specifier, base, keepSymlinks) {
  const kind = fs.internalModuleStat(filename);
  if (kind !== 0) {
    const err = kind === 1 ? new ERR_UNSUPPORTED_DIR_IMPORT(filename, base) : new ERR_MODULE_NOT_FOUND(filename, base);
    const hint = commonjsHint(filename, specifier, base);
    if (hint !== undefined) err.message += `\nDid you mean to import "${hint}"?`;
    err.url = lazyUrl().pathToFileURL(filename).href;
    throw err;
  }
  return keepSymlinks ? filename : (fs.realpath(filename) || filename);
}

// What require() would have found for a specifier import could not: the
// extension or index it lacks, as the specifier the user should have written.
function commonjsHint(filename, specifier, base) {
  let found;
  try {
    found = require('internal/modules/cjs/loader').Module._findPath(filename, null, false);
  } catch {
    return undefined;
  }
  if (!found) return undefined;
  if (isRelativeOrAbsolute(specifier)) {
    if (specifier.startsWith('/')) return found;
    const relative = path.relative(path.dirname(base), found);
    return relative.startsWith('../') ? relative : `./${relative}`;
  }
  const parsed = parsePackageName(specifier);
  const marker = `/node_modules/${parsed.name}/`;
  const at = found.lastIndexOf(marker);
  return at === -1 ? undefined : `${parsed.name}/${found.slice(at + marker.length)}`;
}

function isRelativeOrAbsolute(specifier) {
  return specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
    specifier === '.' || specifier === '..';
}

// { format: 'builtin', id } or { format: 'module'|'commonjs'|'json', path }.
// parentPath: the importing file, or null (eval code, internal callers) for the cwd.
function resolve(specifier, parentPath, isMain = false) {
  const base = parentPath ?? path.join(process.cwd(), '[eval]');
  const builtin = normalizeBuiltinRequest(specifier);
  if (builtin !== undefined) return { format: 'builtin', id: builtin };
  if (specifier.startsWith('node:')) {
    const { ERR_UNKNOWN_BUILTIN_MODULE } = require('internal/errors').codes;
    throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
  }
  let filename;
  if (isRelativeOrAbsolute(specifier)) {
    if (/[%?#\\]/.test(specifier)) {
      const { fileURLToPath, pathToFileURL } = lazyUrl();
      const resolvedURL = new URL(specifier, pathToFileURL(base));
      if (/%2f|%5c/i.test(resolvedURL.pathname)) {
        throw new ERR_INVALID_MODULE_SPECIFIER(resolvedURL.pathname,
          'must not include encoded "/" or "\\" characters', base);
      }
      filename = fileURLToPath(resolvedURL);
    } else {
      // Without escapes, queries or fragments, URL resolution is path resolution.
      filename = path.resolve(path.dirname(base), specifier);
      if (specifier.endsWith('/') && !filename.endsWith('/')) filename += '/';
    }
  } else if (specifier[0] === '#') {
    filename = importsResolve(specifier, base, conditionsFor('import'), packageResolve);
  } else if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier)) {
    const parsed = new URL(specifier);
    if (parsed.protocol !== 'file:') throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(parsed);
    filename = lazyUrl().fileURLToPath(parsed);
  } else {
    filename = packageResolve(specifier, base);
  }
  const keepSymlinks = isMain ? config.hasFlag('--preserve-symlinks-main') : preserveSymlinks;
  filename = finalize(filename, specifier, base, keepSymlinks);
  return { format: formatOf(filename), path: filename };
}

function formatOf(filename) {
  const ext = path.extname(filename);
  switch (ext) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.js':
    case '': {
      const scope = packageJson.findScope(filename);
      const type = scope === null ? 'none' : scope.type;
      if (type !== 'none') return type;
      const text = fs.readFileUtf8(filename) ?? '';
      if (!internalBinding('modules').detectModuleSyntax(text, filename)) return 'commonjs';
      if (scope !== null) warnTypeless(filename, scope.pjsonPath);
      return 'module';
    }
    default:
      throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
  }
}

// An untyped package whose .js files are ES modules is parsed twice; Node
// says so once per package.json.
const warnedTypeless = new Set();
function warnTypeless(filename, pjsonPath) {
  if (warnedTypeless.has(pjsonPath)) return;
  warnedTypeless.add(pjsonPath);
  process.emitWarning(`Module type of ${lazyUrl().pathToFileURL(filename).href} is not specified and it ` +
    "doesn't parse as CommonJS.\nReparsing as ES module because module syntax was detected. This incurs a " +
    `performance overhead.\nTo eliminate this warning, add "type": "module" to ${pjsonPath}.`,
  { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

module.exports = { resolve, formatOf, warnTypeless };
