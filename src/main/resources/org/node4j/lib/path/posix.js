// node:path/posix: path's POSIX flavour (the same object as path.posix).
'use strict';

module.exports = require('path').posix;
