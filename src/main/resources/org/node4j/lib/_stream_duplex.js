// Legacy alias: the stream class under its pre-v10 module name.
'use strict';

module.exports = require('stream').Duplex;
