// util.inspect and util.format. (Bootstrap placeholder: a compact formatter;
// the byte-exact Node implementation replaces it.)
'use strict';

function inspect(value, opts) {
  return formatValue(value, 2, new Set());
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
inspect.defaultOptions = { depth: 2, colors: false, breakLength: 80 };

function formatValue(value, depth, seen) {
  switch (typeof value) {
    case 'string': return `'${value}'`;
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': return `${value}n`;
    case 'undefined': return 'undefined';
    case 'boolean': return String(value);
    case 'symbol': return value.toString();
    case 'function': return `[Function: ${value.name || '(anonymous)'}]`;
  }
  if (value === null) return 'null';
  if (seen.has(value)) return '[Circular]';
  if (value instanceof Error) return value.stack || String(value);
  if (depth < 0) return Array.isArray(value) ? '[Array]' : '[Object]';
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return `[ ${value.map((v) => formatValue(v, depth - 1, seen)).join(', ')} ]`;
    }
    const keys = Object.keys(value);
    if (keys.length === 0) return '{}';
    return `{ ${keys.map((k) => `${k}: ${formatValue(value[k], depth - 1, seen)}`).join(', ')} }`;
  } finally {
    seen.delete(value);
  }
}

function formatWithOptions(options, ...args) {
  return format(...args);
}

function format(...args) {
  const first = args[0];
  let start = 0;
  let out = '';
  if (typeof first === 'string') {
    start = 1;
    out = first.replace(/%[sdifjoO%]/g, (m) => {
      if (m === '%%') return '%';
      if (start >= args.length) return m;
      const arg = args[start++];
      switch (m) {
        case '%s': return typeof arg === 'string' ? arg : inspect(arg);
        case '%d': case '%i': return String(Math.trunc(Number(arg)));
        case '%f': return String(Number(arg));
        case '%j': return JSON.stringify(arg);
        default: return inspect(arg);
      }
    });
  }
  for (let i = start; i < args.length; i++) {
    const arg = args[i];
    out += (i > 0 ? ' ' : '') + (typeof arg === 'string' ? arg : inspect(arg));
  }
  return out;
}

function stripVTControlCharacters(str) {
  return str.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

module.exports = { inspect, format, formatWithOptions, stripVTControlCharacters };
