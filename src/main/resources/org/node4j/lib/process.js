// node:process: the process object itself, for `import process from 'node:process'`.
'use strict';

module.exports = process;
