// util.diff: the shortest edit script between two strings (by character) or
// two arrays of strings, as [op, value] pairs: 0 in both, 1 only in actual,
// -1 only in expected. The Myers diff behind assert's messages computes it.
'use strict';

const { validateString } = require('internal/validators');
const { myersDiff } = require('internal/assert/myers_diff');

const kOps = { __proto__: null, nop: 0, insert: 1, delete: -1 };

function validateInput(value, name) {
  if (!Array.isArray(value)) {
    validateString(value, name);
    return;
  }
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function diff(actual, expected) {
  // The same string: Node answers with no operations at all.
  if (actual === expected) return [];
  validateInput(actual, 'actual');
  validateInput(expected, 'expected');
  return myersDiff(Array.from(actual), Array.from(expected))
    .map(([kind, value]) => [kOps[kind], value]);
}

module.exports = { diff };
