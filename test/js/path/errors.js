// Validation errors of every path function (both flavours).
'use strict';
const path = require('path');
const bad = [null, undefined, 5, true, {}, [], () => {}, Symbol('s'), 1n];
const fns = ['join', 'resolve', 'normalize', 'isAbsolute', 'relative', 'parse', 'dirname', 'basename', 'extname'];
for (const flav of ['posix', 'win32']) {
  for (const fn of fns) {
    for (const v of bad) {
      for (const args of [[v], ['x', v], fn === 'relative' || fn === 'basename' ? [v, 'x'] : null]) {
        if (args === null) continue;
        try {
          const r = path[flav][fn](...args);
          console.log(flav, fn, typeof v, 'ok', JSON.stringify(r));
        } catch (e) {
          console.log(flav, fn, typeof v, e.name, e.code, e.message);
        }
      }
    }
  }
}
