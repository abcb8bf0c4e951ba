// Source texts by the name the engine knows them under, so a fatal error can
// show the offending line. Builtins are fetched on demand; user code registers
// its text when compiled (the loader, -e, stdin).
'use strict';

const texts = new Map();
const prefixes = new Map();

// prefix: how many characters a wrapper added before line 1 (CommonJS modules).
function set(name, text, prefix = 0) {
  texts.set(name, text);
  if (prefix) prefixes.set(name, prefix);
}

// A file whose text is read only if a fatal report needs it (ES modules);
// display: the name the report shows for it (its file: URL).
const lazy = new Map();
function setLazy(name, prefix, display) {
  lazy.set(name, display);
  if (prefix) prefixes.set(name, prefix);
}

function displayName(name) {
  return lazy.get(name) ?? name;
}

function get(name) {
  const text = texts.get(name);
  if (text !== undefined) return text;
  if (lazy.has(name)) {
    const read = require('internal/bootstrap/realm').internalBinding('fs').readFileUtf8(name);
    if (read != null) {
      texts.set(name, read);
      return read;
    }
  }
  if (typeof name === 'string' && name.startsWith('node:')) {
    return require('internal/bootstrap/realm').sourceOf(name.slice(5));
  }
  return undefined;
}

// The column as the user's file has it: line 1 of a wrapped module is shifted.
function userColumn(name, line, column) {
  if (line !== 1) return column;
  const prefix = prefixes.get(name);
  return prefix ? column - prefix : column;
}

// Errors whose stack already starts with their source line and caret (vm
// decorates what its scripts throw): a fatal report does not repeat it.
const decorated = new WeakSet();

module.exports = { set, setLazy, get, displayName, userColumn, decorated };
