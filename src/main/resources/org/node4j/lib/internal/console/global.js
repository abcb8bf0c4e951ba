// The global console: a Console over process.stdout and process.stderr.
'use strict';

const { Console } = require('internal/console/constructor');

module.exports = new Console({ stdout: process.stdout, stderr: process.stderr });
