// The global console: the console methods over process.stdout and
// process.stderr, with `console.Console` the class.
'use strict';

const { createGlobalConsole } = require('internal/console/constructor');

module.exports = createGlobalConsole();
