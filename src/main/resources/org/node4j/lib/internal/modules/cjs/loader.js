// CommonJS: Module, require and Node's resolution rules ("Modules: CommonJS"
// docs): the extension search, package.json "main" and "exports"/"imports",
// node_modules walking, NODE_PATH and the global folders, symlinks resolved
// to real paths, the require.cache keyed by them, and require() of ES modules.
'use strict';

const { internalBinding, compileWrapped } = require('internal/bootstrap/realm');
const path = require('path');
const sourceTexts = require('internal/process/source_texts');
const { validateString } = require('internal/validators');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ASYNC_MODULE } = require('internal/errors').codes;
const packageJson = require('internal/modules/package_json_reader');
// "exports"/"imports" resolution, loaded the first time a package has them.
let packageResolve;
function lazyPackageResolve() {
  packageResolve ??= require('internal/modules/package_resolve');
  return packageResolve;
}
const {
  builtinModules, normalizeBuiltinRequest, isBuiltin, loadBuiltin,
} = require('internal/modules/helpers');

const fs = internalBinding('fs');
const config = internalBinding('config');
const preserveSymlinks = config.hasFlag('--preserve-symlinks');
const preserveSymlinksMain = config.hasFlag('--preserve-symlinks-main');

const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', {
    __proto__: null, value: {}, writable: true, enumerable: true, configurable: true,
  });
  moduleParents.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

// module.parent lives outside the object (it is deprecated, and only --pending-deprecation says so).
const moduleParents = new WeakMap();
let warnedParent = false;
function warnParentDeprecated() {
  if (warnedParent || !process.execArgv.includes('--pending-deprecation')) return;
  warnedParent = true;
  process.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
    'require.main to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
}
Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    warnParentDeprecated();
    return moduleParents.get(this);
  },
  set(value) {
    warnParentDeprecated();
    moduleParents.set(this, value);
  },
});

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (Array.isArray(children) && (!scan || !children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.wrapper = wrapper;
Module.wrap = (script) => `${wrapper[0]}${script}${wrapper[1]}`;
Module.globalPaths = [];
Module.Module = Module;
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;

// 0 file, 1 directory, negative when missing (Node's internalModuleStat).
Module._stat = function stat(filename) {
  return fs.internalModuleStat(filename);
};
const stat = (filename) => Module._stat(filename);

// Computed once per directory; each caller gets its own copy to keep.
const nodeModulePathsCache = new Map();
Module._nodeModulePaths = function nodeModulePaths(from) {
  let paths = nodeModulePathsCache.get(from);
  if (paths === undefined) {
    paths = computeNodeModulePaths(path.resolve(from));
    nodeModulePathsCache.set(from, paths);
  }
  return paths.slice();
};

function computeNodeModulePaths(from) {
  if (from === '/') return ['/node_modules'];
  const paths = [];
  // Every ancestor, deepest first, that is not itself a node_modules folder.
  let dir = from;
  for (;;) {
    if (path.basename(dir) !== 'node_modules' && dir !== '/') paths.push(`${dir}/node_modules`);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  paths.push('/node_modules');
  return paths;
}

// NODE_PATH first, then $HOME/.node_modules, $HOME/.node_libraries, <prefix>/lib/node.
Module._initPaths = function initPaths() {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) {
    // Kept as written: relative entries resolve against the cwd at lookup time.
    paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  }
  Module.globalPaths = paths.slice();
  modulePaths = paths;
};
let modulePaths = [];

function isRelativeRequest(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
}

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (normalizeBuiltinRequest(request) !== undefined) return null;
  if (!isRelativeRequest(request)) {
    const paths = parent && parent.paths && parent.paths.length ? parent.paths.concat(modulePaths) : modulePaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function toRealPath(filename) {
  return fs.realpath(filename) || filename;
}

function tryFile(filename, isMain) {
  if (stat(filename) !== 0) return false;
  if (isMain ? preserveSymlinksMain : preserveSymlinks) return path.resolve(filename);
  return toRealPath(filename);
}

function tryExtensions(basePath, extensions, isMain) {
  for (const ext of extensions) {
    const found = tryFile(basePath + ext, isMain);
    if (found) return found;
  }
  return false;
}

// A directory: its package.json "main" (with the extension search, then its
// index), else the directory's own index file.
function tryPackage(requestPath, extensions, isMain, originalPath) {
  const pkg = packageJson.read(path.resolve(requestPath, 'package.json'));
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), extensions, isMain);
  const filename = path.resolve(requestPath, main);
  let found = tryFile(filename, isMain) || tryExtensions(filename, extensions, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), extensions, isMain);
  if (found === false) {
    found = tryExtensions(path.resolve(requestPath, 'index'), extensions, isMain);
    if (found === false) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${pkg.pjsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return found;
}

// A path that "exports" or "imports" produced must exist as is.
function finalizeMapped(filename) {
  if (stat(filename) === 0) return preserveSymlinks ? filename : toRealPath(filename);
  const err = new Error(`Cannot find module '${filename}'`);
  err.code = 'MODULE_NOT_FOUND';
  throw err;
}

// A bare request inside one node_modules folder, when its package has "exports".
function resolveExports(nmPath, request) {
  const { exportsResolve, parsePackageName, conditionsFor } = lazyPackageResolve();
  const parsed = parsePackageName(request);
  if (parsed === null) return undefined;
  const pkgDir = path.resolve(nmPath, parsed.name);
  const pkg = packageJson.read(`${pkgDir}/package.json`);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null) return undefined;
  return finalizeMapped(exportsResolve(pkgDir, pkg.pjsonPath, parsed.subpath, pkg.exports, undefined,
    conditionsFor('require')));
}

Module._findPath = function findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;

  const trailingSlash = request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
    request === '.' || request === '..';
  const relative = isRelativeRequest(request);
  let extensions;
  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest && !relative) {
      const exported = resolveExports(curPath, request);
      if (exported) return exported;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const kind = stat(basePath);
    if (!trailingSlash) {
      if (kind === 0) {
        filename = (isMain ? preserveSymlinksMain : preserveSymlinks) ? path.resolve(basePath) : toRealPath(basePath);
      }
      if (!filename) {
        extensions ??= Object.keys(Module._extensions);
        filename = tryExtensions(basePath, extensions, isMain);
      }
    }
    if (!filename && kind === 1) {
      extensions ??= Object.keys(Module._extensions);
      filename = tryPackage(basePath, extensions, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// require('own-name/x') from inside a package whose "exports" allow it.
function trySelf(parentPath, request, base) {
  if (!parentPath) return false;
  const pkg = packageJson.findScope(`${parentPath}/x`);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null || pkg.name === undefined) return false;
  const { exportsResolve, conditionsFor } = lazyPackageResolve();
  let subpath;
  if (request === pkg.name) subpath = '.';
  else if (request.startsWith(`${pkg.name}/`)) subpath = `.${request.slice(pkg.name.length)}`;
  else return false;
  return finalizeMapped(exportsResolve(path.dirname(pkg.pjsonPath), pkg.pjsonPath, subpath, pkg.exports,
    base, conditionsFor('require')));
}

// A bare specifier an "imports" target names, resolved like require would
// from `from`; not found, it is the '#' request that cannot be found.
function importTargetResolver(hashRequest) {
  return function resolveImportTarget(request, from) {
    const fake = new Module(from, null);
    fake.filename = from;
    fake.paths = Module._nodeModulePaths(path.dirname(from));
    try {
      return Module._findPath(request, fake.paths, false) || notFound();
    } catch (err) {
      if (err && err.code !== 'MODULE_NOT_FOUND') throw err;
      return notFound();
    }
  };
  function notFound() {
    const err = new Error(`Cannot find module '${hashRequest}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
}

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (normalizeBuiltinRequest(request) !== undefined) return request;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      // Each lookup path is a directory name (path.resolve refuses anything else).
      for (let i = 0; i < options.paths.length; i++) {
        if (typeof options.paths[i] !== 'string') {
          throw new ERR_INVALID_ARG_TYPE(`paths[${i}]`, 'string', options.paths[i]);
        }
      }
      if (isRelativeRequest(request)) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (const p of options.paths) {
          fakeParent.paths = Module._nodeModulePaths(p);
          for (const lookup of Module._resolveLookupPaths(request, fakeParent) || []) {
            if (!paths.includes(lookup)) paths.push(lookup);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && parent && (parent.filename || parent.id === '<repl>')) {
    const base = parent.filename || path.join(process.cwd(), '<repl>');
    if (packageJson.findScope(base) !== null) {
      const { importsResolve, conditionsFor } = lazyPackageResolve();
      return finalizeMapped(importsResolve(request, base, conditionsFor('require'), importTargetResolver(request)));
    }
  }

  const parentPath = parent && (parent.filename ? path.dirname(parent.filename) : parent.id === '<repl>' ? process.cwd() : undefined);
  const selfResolved = trySelf(parentPath, request, parent && parent.filename);
  if (selfResolved) return selfResolved;

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParents.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = normalizeBuiltinRequest(request);
    if (id === undefined) {
      const { ERR_UNKNOWN_BUILTIN_MODULE } = require('internal/errors').codes;
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return loadBuiltin(id, request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    if (!cached.loaded) return partialExports(cached);
    return cached.exports;
  }
  if (normalizeBuiltinRequest(filename) !== undefined) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
    const exports = module.exports;
    if (exports !== null && typeof exports === 'object' &&
        Object.getPrototypeOf(exports) === CircularRequireWarningPrototype) {
      Object.setPrototypeOf(exports, Object.prototype);
    }
  } finally {
    if (threw) {
      delete Module._cache[filename];
      const children = parent && parent.children;
      if (Array.isArray(children)) {
        const index = children.indexOf(module);
        if (index !== -1) children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

// In a require cycle a module sees the other's exports while still empty-ish.
// Reading a property that is not there (yet) is almost always that bug, so,
// as Node, the partial exports get a prototype that warns about it.
const CircularRequireWarningPrototype = new Proxy({}, {
  __proto__: null,
  get(target, prop, receiver) {
    if (prop in target || prop === '__esModule' || typeof prop === 'symbol') {
      return Reflect.get(target, prop, receiver);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.hasOwn(target, prop) || prop === '__esModule' || typeof prop === 'symbol') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}

function partialExports(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' && Object.getPrototypeOf(exports) === Object.prototype &&
      !Object.hasOwn(exports, '__esModule')) {
    Object.setPrototypeOf(exports, CircularRequireWarningPrototype);
  }
  return exports;
}

// '.test.js' registered beats '.js': the longest registered extension of the basename.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  for (;;) {
    index = name.indexOf('.', index + 1);
    if (index <= 0) return '.js';
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

// diagnostics_channel's 'module.require' TracingChannel, handed over when that
// module loads (until then nobody can be listening, and require pays nothing).
let requireTracing;
function setRequireTracing(tracingChannel) {
  requireTracing = tracingChannel;
}

function loadTraced(request, parent, isMain) {
  if (requireTracing !== undefined && requireTracing.hasSubscribers) {
    return requireTracing.traceSync(Module._load,
      { __proto__: null, parentFilename: parent?.filename, id: request }, Module, request, parent, isMain);
  }
  return Module._load(request, parent, isMain);
}

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return loadTraced(id, this, false);
};

function stripShebang(content) {
  // Keep columns and lines: the wrapper would otherwise push "#!" off line start.
  if (content.startsWith('#!')) return `//${content.slice(2)}`;
  return content;
}

function makeRequire(module) {
  const require = function require(id) {
    return module.require(id);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, module);
  }
  resolve.paths = paths;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// format 'detect': a .js file of no declared type. If it does not compile as
// CommonJS but does as an ES module, it is one (Node's syntax detection), found
// only on failure so CommonJS files are parsed once.
Module.prototype._compile = function _compile(content, filename, format) {
  const source = Module.wrap(stripShebang(content));
  sourceTexts.set(filename, content, wrapper[0].length);
  let fn;
  try {
    fn = compileWrapped(source, filename, source.length - wrapper[1].length);
  } catch (err) {
    if (err instanceof SyntaxError && internalBinding('modules').detectModuleSyntax(content, filename)) {
      if (format === 'detect') {
        loadESMFromCJS(this, filename);
        return undefined;
      }
      process.emitWarning(`Failed to load the ES module: ${filename}. Make sure to set "type": "module" ` +
        'in the nearest package.json file or use the .mjs extension.');
    }
    throw err;
  }
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

function readSource(filename) {
  const content = fs.readFileUtf8(filename);
  if (content == null) {
    const { uvException } = require('internal/errors');
    throw uvException({ errno: stat(filename) === 1 ? -21 : -2, syscall: 'open', path: filename });
  }
  return content;
}

// How a .js-handled file loads: .mjs and .js under "type": "module" are ES
// modules, .cjs and "type": "commonjs" CommonJS; undefined: decided by syntax.
function formatOf(filename) {
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (!filename.endsWith('.js')) return 'commonjs';
  const pkg = packageJson.findScope(filename);
  return pkg === null || pkg.type === 'none' ? undefined : pkg.type;
}

Module._extensions['.js'] = function loadJs(module, filename) {
  const content = readSource(filename);
  const format = formatOf(filename);
  if (format === 'module') {
    loadESMFromCJS(module, filename);
    return;
  }
  module._compile(content, filename, format ?? 'detect');
};

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadNative(module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: node4j does not support native (N-API) addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

// require() of an ES module (Node 24): evaluated synchronously; a graph with
// top-level await cannot be, and is ERR_REQUIRE_ASYNC_MODULE.
function loadESMFromCJS(module, filename) {
  const esm = require('internal/modules/esm/loader');
  const namespace = esm.requireModule(filename,
    () => new ERR_REQUIRE_ASYNC_MODULE(filename, moduleParents.get(module)?.filename));
  module.exports = esm.exportsForRequire(filename, namespace);
}

Module.createRequire = function createRequire(filename) {
  let file = filename;
  if (typeof file === 'object' && file !== null && typeof file.href === 'string') {
    file = require('internal/url').fileURLToPath(file);
  } else if (typeof file === 'string' && file.startsWith('file:')) {
    file = require('internal/url').fileURLToPath(file);
  } else if (typeof file !== 'string' || !path.isAbsolute(file)) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = file.endsWith('/');
  const proxyPath = trailingSlash ? path.join(file, 'noop.js') : file;
  const m = new Module(proxyPath, null);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequire(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  loadTraced(main, null, true);
};

Module.findPackageJSON = function findPackageJSON(specifier, base) {
  let file = specifier;
  if (typeof file === 'object' && file !== null && typeof file.href === 'string') file = file.href;
  validateString(file, 'specifier');
  if (file.startsWith('file:')) {
    file = require('internal/url').fileURLToPath(file);
  } else if (!path.isAbsolute(file)) {
    let from = base;
    if (typeof from === 'object' && from !== null && typeof from.href === 'string') from = from.href;
    if (typeof from === 'string' && from.startsWith('file:')) from = require('internal/url').fileURLToPath(from);
    if (typeof from !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('base', base, 'must be a file URL object, file URL string, or absolute path string');
    }
    file = isRelativeRequest(file) ? path.resolve(path.dirname(from), file) :
      Module.createRequire(from).resolve(file);
  }
  return packageJson.findPackageJSONPath(file);
};

// Builtins imported as ES modules see later changes to their exports objects
// only when asked (there is nothing to update before the ES loader ran).
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  if (esmLoaderLoaded()) require('internal/modules/esm/loader').syncBuiltinESMExports();
};
function esmLoaderLoaded() {
  return process.moduleLoadList.includes('NativeModule internal/modules/esm/loader');
}
Module.register = function register() {};
Module.findSourceMap = function findSourceMap() {
  return undefined;
};
Module.enableCompileCache = function enableCompileCache() {
  return { status: Module.constants.compileCacheStatus.DISABLED, message: 'node4j has no compile cache' };
};
Module.getCompileCacheDir = function getCompileCacheDir() {
  return undefined;
};
Module.flushCompileCache = function flushCompileCache() {};
Module.constants = Object.freeze({
  __proto__: null,
  compileCacheStatus: Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }),
});
// Source map support is only a setting here: node4j reports stack frames of the
// code it ran, maps or not. process.setSourceMapsEnabled shares it.
let sourceMapsSupport = { __proto__: null, enabled: false, nodeModules: false, generatedCode: false };
Module.setSourceMapsSupport = function setSourceMapsSupport(enabled, options = {}) {
  const { validateBoolean, validateObject } = require('internal/validators');
  validateBoolean(enabled, 'enabled');
  validateObject(options, 'options');
  const { nodeModules = false, generatedCode = false } = options;
  validateBoolean(nodeModules, 'options.nodeModules');
  validateBoolean(generatedCode, 'options.generatedCode');
  sourceMapsSupport = { __proto__: null, enabled, nodeModules: enabled && nodeModules, generatedCode: enabled && generatedCode };
};
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return { __proto__: null, ...sourceMapsSupport };
};

Module._initPaths();

module.exports = { Module, makeRequire, stripShebang, setRequireTracing };
