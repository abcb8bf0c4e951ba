// The Console class. (Bootstrap version: the logging methods; the complete
// class with table/group/count/time/assert/dir replaces it.)
'use strict';

const { format } = require('internal/util/inspect');

class Console {
  constructor(options, stderr) {
    if (options && typeof options.write === 'function') options = { stdout: options, stderr };
    this._stdout = options.stdout;
    this._stderr = options.stderr || options.stdout;
    for (const name of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir']) {
      this[name] = this[name].bind(this);
    }
  }

  log(...args) { this._stdout.write(`${format(...args)}\n`); }
  info(...args) { this.log(...args); }
  debug(...args) { this.log(...args); }
  warn(...args) { this._stderr.write(`${format(...args)}\n`); }
  error(...args) { this.warn(...args); }
  dir(obj) { this.log(obj); }
  trace(...args) {
    const err = new Error(format(...args));
    err.name = 'Trace';
    this.warn(err.stack);
  }
}

module.exports = { Console };
