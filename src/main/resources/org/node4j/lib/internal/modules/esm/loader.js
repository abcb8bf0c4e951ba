// ES modules on GraalJS's own module machinery, driven by our resolver: the
// engine asks resolveForEngine() where each import specifier goes and loads
// that path through node4j's module file system (ModuleFileSystem.java). Real
// ES module files get a prelude that calls metaHook() with their import.meta
// and namespace; CommonJS modules and builtins are presented to importers by
// generated facade modules, kept as virtual sources under /node4j:/.
'use strict';

const { internalBinding, compile } = require('internal/bootstrap/realm');
const path = require('path');
const { resolve } = require('internal/modules/esm/resolve');
const { loadBuiltin } = require('internal/modules/helpers');
const sourceTexts = require('internal/process/source_texts');

const modules = internalBinding('modules');
const VIRTUAL_ROOT = '/node4j:/';
const META = '/node4j:/meta';
const SELF = '/node4j:/self';

// Namespaces of evaluated (or evaluating) ES modules by path: what require(esm) returns.
const namespaces = new Map();
// Namespaces of the facades that add __esModule for require(esm) of a default export.
const requireFacades = new Map();
let mainPath;
let url;
function lazyUrl() {
  url ??= require('internal/url');
  return url;
}

// What the prelude of every ES module file calls before its body runs.
const metaHook = function initializeImportMeta(meta, namespace) {
  const href = meta.url;
  const filename = href.includes('%') ? lazyUrl().fileURLToPath(href) : href.slice(7);
  // Node's key order: dirname, filename, main, resolve, url.
  delete meta.url;
  meta.dirname = path.dirname(filename);
  meta.filename = filename;
  meta.main = filename === mainPath;
  meta.resolve = function resolve(specifier, parent) {
    return resolveToURL(`${specifier}`, parent === undefined ? filename : lazyUrl().fileURLToPath(`${parent}`));
  };
  meta.url = href;
  namespaces.set(filename, namespace);
  sourceTexts.setLazy(filename, modules.preludeLength(), meta.url);
};
metaHook.cjs = function cjsForImport(filename) {
  const { Module } = require('internal/modules/cjs/loader');
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  return Module._load(filename, undefined, false);
};
metaHook.builtin = (id) => loadBuiltin(id);
metaHook.requireFacade = (filename, namespace) => requireFacades.set(filename, namespace);

// The facades reach metaHook through this symbol-keyed global, hidden from
// enumeration: virtual module sources cannot close over loader state.
Object.defineProperty(globalThis, Symbol.for('node4j.esm.meta'), {
  __proto__: null, value: metaHook, enumerable: false, writable: false, configurable: false,
});
modules.setVirtualSource(META, "export default globalThis[Symbol.for('node4j.esm.meta')];");

// import.meta.resolve: paths and URLs resolve as URLs (the file need not
// exist), node: names as they are; bare and '#' names by the full rules.
function resolveToURL(specifier, parentPath) {
  const { pathToFileURL } = lazyUrl();
  if (specifier.startsWith('node:')) return specifier;
  if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier)) return new URL(specifier).href;
  if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../')) {
    return new URL(specifier, pathToFileURL(parentPath)).href;
  }
  const resolved = resolve(specifier, parentPath);
  if (resolved.format === 'builtin') return `node:${resolved.id}`;
  return pathToFileURL(resolved.path).href;
}

// The engine's question: the module `specifier` names, imported from the file
// referrer (null for scripts such as -e code and internal callers).
function resolveForEngine(referrer, specifier) {
  if (specifier === SELF) return referrer;
  if (specifier === META) return META;
  const parent = referrer !== null && !referrer.startsWith(VIRTUAL_ROOT) ? referrer : null;
  const resolved = resolve(specifier, parent);
  switch (resolved.format) {
    case 'builtin': return builtinFacade(resolved.id);
    case 'commonjs': return commonjsFacade(resolved.path);
    default: return resolved.path;
  }
}
modules.setResolver(resolveForEngine);

// `export { $e0 as "name" }` for each name: any string is a valid export name.
// With sync, the bindings are `let` and an updater re-reads them all.
function namedExports(names, sync = false) {
  let decls = '';
  let updates = '';
  const specs = [];
  let i = 0;
  for (const name of names) {
    if (name === 'default') continue;
    const read = `$m==null?undefined:$m[${JSON.stringify(name)}]`;
    decls += `${sync ? 'let' : 'const'} $e${i}=${read};`;
    updates += `$e${i}=${read};`;
    specs.push(`$e${i} as ${JSON.stringify(name)}`);
    i++;
  }
  const updater = sync ? `$n4j.onSyncBuiltinExports(()=>{${updates}});` : '';
  return `${decls}${updater}export{${specs.join(',')}};`;
}

// Builtin facades keep their named exports in step with the builtin's
// exports object when module.syncBuiltinESMExports() is called.
const builtinUpdaters = [];
metaHook.onSyncBuiltinExports = (update) => builtinUpdaters.push(update);
function syncBuiltinESMExports() {
  for (const update of builtinUpdaters) update();
}

function builtinFacade(id) {
  const facade = `${VIRTUAL_ROOT}builtin/${id}`;
  if (!modules.hasVirtualSource(facade)) {
    const exports = loadBuiltin(id);
    const names = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ?
      Object.keys(exports) : [];
    modules.setVirtualSource(facade, `import $n4j from"${META}";const $m=$n4j.builtin(${JSON.stringify(id)});` +
      `export default $m;${namedExports(names, true)}`);
  }
  return facade;
}

// Importing CommonJS: default is module.exports; named exports are the names
// found statically in its source (and in the modules it re-exports), read
// from module.exports once it has run, as Node does.
function commonjsFacade(filename) {
  const facade = `${VIRTUAL_ROOT}cjs${filename}`;
  if (!modules.hasVirtualSource(facade)) {
    const names = cjsExportNames(filename, new Set());
    modules.setVirtualSource(facade, `import $n4j from"${META}";const $m=$n4j.cjs(${JSON.stringify(filename)});` +
      `export default $m;${namedExports(names)}export{$m as "module.exports"};`);
  }
  return facade;
}

function cjsExportNames(filename, seen) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  if (!filename.endsWith('.js') && !filename.endsWith('.cjs')) return names;
  const text = internalBinding('fs').readFileUtf8(filename);
  if (text == null) return names;
  const found = modules.cjsExports(text);
  for (const name of Array.from(found.exports)) names.add(name);
  const { Module } = require('internal/modules/cjs/loader');
  for (const request of Array.from(found.reexports)) {
    let target;
    try {
      target = Module.createRequire(filename).resolve(request);
    } catch {
      continue;
    }
    if (require('internal/modules/helpers').isBuiltin(target)) {
      const exports = loadBuiltin(target.startsWith('node:') ? target.slice(5) : target);
      for (const name of Object.keys(exports)) names.add(name);
    } else {
      for (const name of cjsExportNames(target, seen)) names.add(name);
    }
  }
  return names;
}

// require() of an ES module: its namespace, evaluated now if it was not yet.
function requireModule(filename, asyncError) {
  let namespace = namespaces.get(filename);
  if (namespace === undefined) {
    const result = modules.evaluateModuleSync(filename);
    if (result instanceof Promise) {
      result.then(undefined, () => {});
      throw asyncError();
    }
    namespace = namespaces.get(filename);
  }
  return namespace;
}

// What require(esm) hands back: the 'module.exports' export when the module
// has one; with a default export, a namespace that also says __esModule.
function exportsForRequire(filename, namespace) {
  if ('module.exports' in namespace) return namespace['module.exports'];
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  let facadeNamespace = requireFacades.get(filename);
  if (facadeNamespace === undefined) {
    const facade = `${VIRTUAL_ROOT}esm-require${filename}`;
    const from = JSON.stringify(filename);
    modules.setVirtualSource(facade, `export*from${from};export{default}from${from};export const __esModule=true;` +
      `import*as $ns from"${SELF}";import $n4j from"${META}";$n4j.requireFacade(${from},$ns);`);
    modules.evaluateModuleSync(facade);
    facadeNamespace = requireFacades.get(filename);
  }
  return facadeNamespace;
}

let importer;
// import(specifier) from internal code; the specifier is resolved from the cwd.
function importModule(specifier) {
  importer ??= compile('(specifier) => import(specifier)', 'node:internal/modules/esm/import');
  return importer(specifier);
}

// The entry point is an ES module: import it; a failure is an uncaught exception.
function runMain(filename) {
  mainPath = filename;
  const execution = require('internal/process/execution');
  let settled = false;
  execution.setUnsettledMainCheck(() => (settled ? null : unsettledAwaitSite(filename)));
  importModule(filename).then(() => {
    settled = true;
  }, (err) => {
    settled = true;
    execution.fatalException(err, { thrown: false });
  });
}

// "file:line\nsource\n^" for the warning about a top-level await that never
// settled. The engine does not say where the module is suspended; the first
// top-level-looking await line of the entry is the usual culprit.
function unsettledAwaitSite(filename) {
  const href = lazyUrl().pathToFileURL(filename).href;
  const lines = (internalBinding('fs').readFileUtf8(filename) ?? '').split('\n');
  const index = lines.findIndex((line) => /^(?:\s*(?:const|let|var)\s+[^=]+=\s*)?\s*await\b/.test(line));
  if (index === -1) return href;
  const line = lines[index];
  const column = line.indexOf('await');
  return `${href}:${index + 1}\n${line}\n${' '.repeat(column)}^\n`;
}

// -e / stdin code as a module (--input-type=module, or it only parses as one).
function evalModule(source, name) {
  const result = modules.evaluateModuleText(source, name);
  if (result instanceof Promise) {
    result.then(undefined, (err) => {
      require('internal/process/execution').fatalException(err, { thrown: false });
    });
  }
}

module.exports = {
  resolveForEngine, requireModule, exportsForRequire, importModule, runMain, evalModule, syncBuiltinESMExports,
};
