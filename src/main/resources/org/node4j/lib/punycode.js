// node:punycode — the deprecated public module (DEP0040); the implementation
// lives in internal/url/punycode, which the URL parser uses without warning.
'use strict';

const { isInsideNodeModules } = require('internal/url/util');

if (!isInsideNodeModules()) {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

module.exports = require('internal/url/punycode');
