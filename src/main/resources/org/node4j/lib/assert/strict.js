// assert/strict: the assert module in strict assertion mode.
'use strict';

module.exports = require('assert').strict;
