// Helpers shared by url, punycode and querystring.
'use strict';

// Whether the nearest user frame on the stack belongs to a file inside a
// node_modules folder (node skips some deprecation warnings for those).
function isInsideNodeModules() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  const stack = new Error().stack;
  Error.stackTraceLimit = limit;
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n').slice(1);
  for (const line of lines) {
    if (/\(node:|at node:|\(native\)|at native /.test(line)) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

module.exports = { isInsideNodeModules };
