// CommonJS modules: Module, require, resolution of relative, absolute and
// node_modules paths, .js/.json loading, require.cache and cycles.
// (The module-system issue extends this to Node's full resolution rules.)
'use strict';

const { internalBinding, BuiltinModule, compileWrapped } = require('internal/bootstrap/realm');
const path = require('path');
const sourceTexts = require('internal/process/source_texts');
const { validateString } = require('internal/validators');

const fs = internalBinding('fs');

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
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = undefined;
  Object.defineProperty(this, 'parent', {
    __proto__: null, value: parent, writable: true, enumerable: false, configurable: true,
  });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.wrapper = wrapper;
Module.wrap = (script) => `${wrapper[0]}${script}${wrapper[1]}`;
Module.globalPaths = [];
Module.Module = Module;

function isBuiltinRequest(request) {
  if (request.startsWith('node:')) return true;
  return BuiltinModule.canBeRequiredByUsers(request);
}

Module.isBuiltin = function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  return BuiltinModule.canBeRequiredByUsers(id.startsWith('node:') ? id.slice(5) : id);
};

Module._nodeModulePaths = function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const paths = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '/';
    paths.push(dir === '/' ? '/node_modules' : `${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return [...new Set(paths)];
};

function stat(filename) {
  return fs.internalModuleStat(filename);
}

function tryFile(filename) {
  if (stat(filename) !== 0) return false;
  return fs.realpath(filename) || filename;
}

function tryExtensions(base) {
  for (const ext of Object.keys(Module._extensions)) {
    const found = tryFile(base + ext);
    if (found) return found;
  }
  return false;
}

function readPackageMain(dir) {
  const text = fs.readFileUtf8(path.join(dir, 'package.json'));
  if (text == null) return undefined;
  try {
    const main = JSON.parse(text).main;
    return typeof main === 'string' ? main : undefined;
  } catch (err) {
    err.path = path.join(dir, 'package.json');
    err.message = `Error parsing ${err.path}: ${err.message}`;
    throw err;
  }
}

function tryPackage(dir) {
  const main = readPackageMain(dir);
  if (main) {
    const base = path.resolve(dir, main);
    const found = tryFile(base) || tryExtensions(base) || tryExtensions(path.join(base, 'index'));
    if (found) return found;
  }
  return tryExtensions(path.join(dir, 'index'));
}

function findPath(request, paths) {
  const trailingSlash = request.endsWith('/');
  for (const dir of paths) {
    const base = path.resolve(dir, request);
    const kind = stat(base);
    if (!trailingSlash) {
      if (kind === 0) return fs.realpath(base) || base;
      const found = tryExtensions(base);
      if (found) return found;
    }
    if (kind === 1) {
      const found = tryPackage(base);
      if (found) return found;
    }
  }
  return false;
}

Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..' ||
      request.startsWith('/')) {
    return [parent && parent.filename ? path.dirname(parent.filename) : process.cwd()];
  }
  const parentPaths = parent && parent.paths ? parent.paths : Module._nodeModulePaths(process.cwd());
  return parentPaths.concat(Module.globalPaths);
};

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (isBuiltinRequest(request)) return request;
  let paths;
  if (options && Array.isArray(options.paths)) {
    paths = [];
    for (const p of options.paths) {
      if (request.startsWith('.') || request.startsWith('/')) paths.push(path.resolve(p));
      else paths.push(...Module._nodeModulePaths(path.resolve(p)));
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const filename = request.startsWith('/') ? findPath(request, ['/']) : findPath(request, paths);
  if (filename) return filename;
  const requireStack = [];
  for (let cur = parent; cur; cur = cur.parent) requireStack.push(cur.filename || cur.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!BuiltinModule.exists(id) || id.startsWith('internal/')) {
      const { ERR_UNKNOWN_BUILTIN_MODULE } = require('internal/errors').codes;
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return BuiltinModule.require(id);
  }
  if (parent) {
    const cached = Module._cache[request.startsWith('/') ? request : '\0'];
    void cached;
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (filename === request && isBuiltinRequest(request)) return BuiltinModule.require(request);
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    setRequireMain(module);
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

let requireMain;
function setRequireMain(module) {
  requireMain = module;
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (ext === '' || Module._extensions[ext] === undefined) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
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
  require.resolve = function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  };
  require.resolve.paths = function paths(request) {
    if (isBuiltinRequest(request)) return null;
    return Module._resolveLookupPaths(request, module);
  };
  Object.defineProperty(require, 'main', {
    __proto__: null, enumerable: true, configurable: true,
    get() { return requireMain; },
    set(v) { requireMain = v; },
  });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.prototype._compile = function _compile(content, filename) {
  const source = Module.wrap(stripShebang(content));
  sourceTexts.set(filename, content, wrapper[0].length);
  const fn = compileWrapped(source, filename, source.length - wrapper[1].length);
  const dirname = path.dirname(filename);
  const require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, dirname);
};

Module._extensions['.js'] = function loadJs(module, filename) {
  const content = fs.readFileUtf8(filename);
  if (content == null) {
    const { uvException } = require('internal/errors');
    throw uvException({ errno: -2, syscall: 'open', path: filename });
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fs.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadNative(module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: node4j does not support N-API addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module.createRequire = function createRequire(filename) {
  let file = filename;
  if (typeof file === 'object' && file !== null && typeof file.href === 'string') file = file.pathname;
  if (typeof file === 'string' && file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
  validateString(file, 'filename');
  const m = new Module(file, null);
  m.filename = file;
  m.paths = Module._nodeModulePaths(file.endsWith('/') ? file : path.dirname(file));
  return makeRequire(m);
};

Module.builtinModules = [];
Module.runMain = function runMain(main = process.argv[1]) {
  Module._load(main, null, true);
};
Module._initPaths = function initPaths() {};

module.exports = { Module, makeRequire, stripShebang };
