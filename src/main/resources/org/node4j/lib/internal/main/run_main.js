// The entry point: preload -r modules, then run the script, -e/-p code or stdin.
'use strict';

const { internalBinding, compile } = require('internal/bootstrap/realm');
const path = require('path');
const sourceTexts = require('internal/process/source_texts');

function runMain() {
  const config = internalBinding('config');
  // The engine may meet an import() anywhere; the ES module loader loads on that first need.
  internalBinding('modules').setResolver((referrer, specifier) =>
    require('internal/modules/esm/loader').resolveForEngine(referrer, specifier));
  const { Module } = require('internal/modules/cjs/loader');
  const script = config.script();
  const evalSource = config.eval();
  const args = Array.from(config.args());

  // A child started by fork(): its IPC channel to the parent.
  if (process.env.NODE_CHANNEL_FD !== undefined) require('internal/child_process/ipc').setupChildChannel();

  for (const request of Array.from(config.requires())) {
    Module._load(request, fakeParent(Module), false);
  }

  if (evalSource != null) {
    process.argv = [process.execPath, ...args];
    return evalScript('[eval]', evalSource, config.print());
  }
  if (script === '-' || (script == null && !internalBinding('tty_wrap').isTTY(0))) {
    process.argv = [process.execPath, ...(script === '-' ? ['-'] : []), ...args];
    const source = internalBinding('fs').readAllFd(0);
    return evalScript('[stdin]', source, false);
  }
  if (script == null) {
    // No REPL yet: behave like `node < /dev/null`.
    process.argv = [process.execPath];
    return undefined;
  }
  const resolved = path.resolve(script);
  process.argv = [process.execPath, resolved, ...args];
  const filename = Module._findPath(resolved, null, true);
  if (filename && isModuleEntry(filename)) {
    require('internal/modules/esm/loader').runMain(filename);
  } else {
    Module.runMain(resolved);
  }
}

// Node runs the entry through the ES module loader when it is .mjs, or .js
// (or extensionless) in a "type": "module" scope, or untyped .js that only
// parses as a module.
function isModuleEntry(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  const ext = path.extname(filename);
  if (ext !== '.js' && ext !== '') return false;
  const scope = require('internal/modules/package_json_reader').findScope(filename);
  if (scope !== null && scope.type !== 'none') return scope.type === 'module';
  if (ext === '') return false;
  const text = internalBinding('fs').readFileUtf8(filename);
  return text != null && internalBinding('modules').detectModuleSyntax(text, filename);
}

function fakeParent(Module) {
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  parent.filename = path.join(process.cwd(), '[preload]');
  return parent;
}

// -e, -p and stdin code runs as a script at global scope, with require, module,
// exports, __filename and __dirname visible as in Node.
function evalScript(name, source, print) {
  const { Module, makeRequire, stripShebang } = require('internal/modules/cjs/loader');
  const module = new Module(name, null);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  const userRequire = makeRequire(module);
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = userRequire;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  sourceTexts.set(name, source);
  const inputType = internalBinding('config').flagValue('--input-type');
  if (inputType === 'module' ||
      (inputType !== 'commonjs' && internalBinding('modules').detectModuleSyntax(source, name))) {
    require('internal/modules/esm/loader').evalModule(stripShebang(source), path.join(process.cwd(), `${name.slice(0, -1)}1]`));
    return undefined;
  }
  const result = compile(stripShebang(source), name);
  if (print) {
    console.log(result);
  }
  return undefined;
}

module.exports = { runMain };
