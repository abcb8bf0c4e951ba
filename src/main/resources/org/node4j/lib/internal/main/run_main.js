// The entry point: preload -r modules, then run the script, -e/-p code or stdin.
'use strict';

const { internalBinding, compile } = require('internal/bootstrap/realm');
const path = require('path');
const sourceTexts = require('internal/process/source_texts');

function runMain() {
  const config = internalBinding('config');
  const { Module } = require('internal/modules/cjs/loader');
  const script = config.script();
  const evalSource = config.eval();
  const args = Array.from(config.args());

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
  Module.runMain(resolved);
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
  const result = compile(stripShebang(source), name);
  if (print) {
    console.log(result);
  }
  return undefined;
}

module.exports = { runMain };
