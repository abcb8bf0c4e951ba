// node:path/win32: path's Windows flavour (the same object as path.win32).
'use strict';

module.exports = require('path').win32;
