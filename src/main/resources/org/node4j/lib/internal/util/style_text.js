// util.styleText: text wrapped in the ANSI codes of util.inspect.colors (or a
// #RGB/#RRGGBB hex color), unless the target stream should not get colors.
'use strict';

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
const { validateBoolean, validateOneOf, validateString } = require('internal/validators');

const escape = (code) => `\u001b[${code}m`;

// Node streams, by shape as Node checks them (this runtime's stdio included).
function isNodeStream(obj) {
  return obj != null && typeof obj === 'object' && (
    obj._readableState != null || obj._writableState != null ||
    (typeof obj.on === 'function' && (typeof obj.write === 'function' || typeof obj.pipe === 'function')));
}

function isWebStream(obj) {
  return obj != null && typeof obj === 'object' && !isNodeStream(obj) && (
    (typeof obj.getReader === 'function' && typeof obj.pipeThrough === 'function' &&
      typeof obj.cancel === 'function') ||
    (typeof obj.getWriter === 'function' && typeof obj.abort === 'function'));
}

// FORCE_COLOR decides alone when set; otherwise only a color TTY gets colors.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('internal/tty').getColorDepth() > 2;
  return Boolean(stream?.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

// [open, close] codes of one format name.
function codesOf(key, colors) {
  if (typeof key === 'string' && key.startsWith('#')) {
    const hex = /^#(?:([0-9a-f]{3})|([0-9a-f]{6}))$/i.exec(key);
    if (hex === null) {
      throw new ERR_INVALID_ARG_VALUE('format', key, 'must be a valid hex color (#RGB or #RRGGBB)');
    }
    const digits = hex[1] !== undefined ? hex[1].replace(/./g, '$&$&') : hex[2];
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
    return [`38;2;${r};${g};${b}`, 39];
  }
  const codes = colors[key];
  if (codes == null) validateOneOf(key, 'format', Object.getOwnPropertyNames(colors));
  return codes;
}

// A style's closing code inside the text would end the style early, so
// every one that has text after it re-opens the style (22 closes both bold
// and dim, so it is kept and followed by the opening code).
function keepStyleInside(text, open, close) {
  const closing = escape(close);
  const reopen = close === 22 ? `${closing}${escape(open)}` : escape(open);
  let out = '';
  let from = 0;
  let at;
  while ((at = text.indexOf(closing, from)) !== -1 && at + closing.length < text.length) {
    out += text.slice(from, at) + reopen;
    from = at + closing.length;
  }
  return out + text.slice(from);
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let colorize = true;
  if (validateStream) {
    if (!isNodeStream(stream) && !isWebStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    colorize = shouldColorize(stream);
  }
  const { colors } = require('internal/util/inspect').inspect;
  let left = '';
  let right = '';
  let inner = text;
  // Every format is validated, even when no color will be applied.
  for (const key of Array.isArray(format) ? format : [format]) {
    if (key === 'none') continue;
    const [open, close] = codesOf(key, colors);
    if (!colorize) continue;
    left += escape(open);
    right = escape(close) + right;
    inner = keepStyleInside(inner, open, close);
  }
  return colorize ? `${left}${inner}${right}` : text;
}

module.exports = { styleText };
