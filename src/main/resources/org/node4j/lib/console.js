// The public 'console' module: the global console; require('console').Console
// is the class.
'use strict';

module.exports = require('internal/console/global');
