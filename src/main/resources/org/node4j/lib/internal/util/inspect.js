// util.inspect, util.format, util.formatWithOptions and
// util.stripVTControlCharacters, written to print what Node 24 prints.
// Promise state, proxy parts and the contents of iterators and weak
// collections come from the engine (internalBinding('util')).
'use strict';

const types = require('internal/util/types');
// Taken at load: user code may replace Object.keys and inspect must still work.
const ObjectKeys = Object.keys;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
// Formatted as an error: a real one (any realm) or anything inheriting from
// Error, such as the copies assert makes for its diffs.
const isError = (v) => types.isNativeError(v) || v instanceof Error;
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const objToString = Object.prototype.toString;

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const kObjectType = 0;
const kArrayExtrasType = 1;
const kArrayType = 2;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Names of the global constructors, used to tell built-in toString apart.
// Only data properties: reading the lazy web globals (Buffer, URL, ...) would
// load their modules just because console.log was called.
const builtInObjects = new Set(Object.getOwnPropertyNames(globalThis).filter((k) => {
  if (!/^[A-Z][a-zA-Z0-9]+$/.test(k)) return false;
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  return d !== undefined && typeof d.value === 'function';
}));

// ---------------------------------------------------------------- colors

function defineColors() {
  const colors = Object.create(null);
  const def = (name, codes) => { colors[name] = codes; };
  def('reset', [0, 0]);
  def('bold', [1, 22]);
  def('dim', [2, 22]);
  def('italic', [3, 23]);
  def('underline', [4, 24]);
  def('blink', [5, 25]);
  def('inverse', [7, 27]);
  def('hidden', [8, 28]);
  def('strikethrough', [9, 29]);
  def('doubleunderline', [21, 24]);
  def('black', [30, 39]);
  def('red', [31, 39]);
  def('green', [32, 39]);
  def('yellow', [33, 39]);
  def('blue', [34, 39]);
  def('magenta', [35, 39]);
  def('cyan', [36, 39]);
  def('white', [37, 39]);
  def('bgBlack', [40, 49]);
  def('bgRed', [41, 49]);
  def('bgGreen', [42, 49]);
  def('bgYellow', [43, 49]);
  def('bgBlue', [44, 49]);
  def('bgMagenta', [45, 49]);
  def('bgCyan', [46, 49]);
  def('bgWhite', [47, 49]);
  def('framed', [51, 54]);
  def('overlined', [53, 55]);
  def('gray', [90, 39]);
  def('redBright', [91, 39]);
  def('greenBright', [92, 39]);
  def('yellowBright', [93, 39]);
  def('blueBright', [94, 39]);
  def('magentaBright', [95, 39]);
  def('cyanBright', [96, 39]);
  def('whiteBright', [97, 39]);
  def('bgGray', [100, 49]);
  def('bgRedBright', [101, 49]);
  def('bgGreenBright', [102, 49]);
  def('bgYellowBright', [103, 49]);
  def('bgBlueBright', [104, 49]);
  def('bgMagentaBright', [105, 49]);
  def('bgCyanBright', [106, 49]);
  def('bgWhiteBright', [107, 49]);
  return colors;
}
const colors = Object.create(null);
{
  const c = defineColors();
  for (const k of Object.getOwnPropertyNames(c)) {
    const d = Object.getOwnPropertyDescriptor(c, k);
    if (d.get) continue;
    colors[k] = d.value;
  }
  const alias = (name, target) => Object.defineProperty(colors, name, {
    get() { return this[target]; },
    set(v) { this[target] = v; },
    configurable: true,
    enumerable: false,
  });
  // In Node's order: util.styleText lists these names in its error message.
  alias('grey', 'gray');
  alias('blackBright', 'gray');
  alias('bgGrey', 'bgGray');
  alias('bgBlackBright', 'bgGray');
  alias('faint', 'dim');
  alias('crossedout', 'strikethrough');
  alias('strikeThrough', 'strikethrough');
  alias('crossedOut', 'strikethrough');
  alias('conceal', 'hidden');
  alias('swapColors', 'inverse');
  alias('swapcolors', 'inverse');
  alias('doubleUnderline', 'doubleunderline');
}

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}
function stylizeNoColor(str) { return str; }

const ansiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiPattern, '');
}

function isFullWidth(code) {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}
function isZeroWidth(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = str.replace(ansiPattern, '');
  let width = 0;
  let ascii = true;
  for (let i = 0; i < str.length; i++) {
    if (str.charCodeAt(i) >= 127) { ascii = false; break; }
  }
  if (ascii) return str.length;
  for (const ch of str.normalize('NFC')) {
    const code = ch.codePointAt(0);
    if (isFullWidth(code)) width += 2;
    else if (!isZeroWidth(code)) width++;
  }
  return width;
}

// ---------------------------------------------------------------- strings

function escapeChar(ch, quote) {
  const c = ch.charCodeAt(0);
  switch (ch) {
    case '\b': return '\\b';
    case '\t': return '\\t';
    case '\n': return '\\n';
    case '\f': return '\\f';
    case '\r': return '\\r';
    case '\\': return '\\\\';
    default:
      if (ch === quote) return `\\${quote}`;
      if (ch.length === 2) return ch; // valid surrogate pair
      if (c >= 0xd800 && c <= 0xdfff) return `\\u${c.toString(16)}`;
      return `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}

const escapeTest = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  if (!escapeTest.test(str) || (quote !== "'" && !/[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/.test(str))) {
    return quote + str + quote;
  }
  const re = quote === "'" ?
    /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g :
    /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
  return quote + str.replace(re, (ch) => escapeChar(ch, quote)) + quote;
}

// ---------------------------------------------------------------- numbers

function groupThousands(digits) {
  let out = '';
  let i = digits.length;
  for (; i > 3; i -= 3) out = `_${digits.slice(i - 3, i)}${out}`;
  return digits.slice(0, i) + out;
}
function groupFraction(digits) {
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) out += `${digits.slice(i, i + 3)}_`;
  return out + digits.slice(i);
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const string = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(`${Object.is(number, -0) ? '-' : ''}${sepInt(string)}`, 'number');
  }
  if (Number.isNaN(number)) return fn(string, 'number');
  const full = String(number);
  if (full.includes('e')) return fn(full, 'number');
  const dot = full.indexOf('.');
  const intPart = full.slice(0, dot);
  return fn(`${sepInt(intPart)}.${groupFraction(full.slice(dot + 1))}`, 'number');
}
function sepInt(s) {
  if (s[0] === '-') return `-${groupThousands(s.slice(1))}`;
  return groupThousands(s);
}
function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${sepInt(string)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return value.split(/(?<=\n)/)
          .map((line) => fn(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------- objects

function getConstructorName(obj) {
  let tmp = obj;
  let first;
  let depth = 0;
  while (tmp !== null && tmp !== undefined) {
    const d = Object.getOwnPropertyDescriptor(tmp, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') {
      let ok = false;
      try { ok = obj instanceof d.value; } catch { ok = false; }
      if (ok) return String(d.value.name);
    }
    tmp = Object.getPrototypeOf(tmp);
    if (depth++ === 0) first = tmp;
  }
  if (first === null) return null;
  return `Object <${inspect(first, { customInspect: false, depth: -1 })}>`;
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function isIndexKey(k) {
  if (k === '') return false;
  const n = Number(k);
  return n >>> 0 === n && n !== 4294967295 && String(n) === k;
}

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    keys = ObjectKeys(value);
    for (const s of symbols) if (isEnumerable(value, s)) keys.push(s);
  }
  return keys;
}
function getNonIndexKeys(value, showHidden) {
  return getKeys(value, showHidden).filter((k) => typeof k !== 'string' || !isIndexKey(k));
}

function getUserOptions(ctx) {
  const ret = { stylize: ctx.stylize };
  for (const key of ObjectKeys(inspectDefaultOptions)) ret[key] = ctx[key];
  if (ctx.userOptions !== undefined) Object.assign(ret, ctx.userOptions);
  ret.stylize = ctx.stylize;
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // A proxy prints as its target, so that no trap runs, or with showProxy as
  // Proxy [ target, handler ].
  if (types.isProxy(value)) {
    const util = engineUtil();
    const target = util.getProxyPart(value, false);
    if (target === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, target, util.getProxyPart(value, true), recurseTimes);
    value = target;
  }

  if (ctx.customInspect) {
    let maybeCustom;
    try { maybeCustom = value[customInspectSymbol]; } catch { maybeCustom = undefined; }
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect) {
      let isProto = false;
      try { isProto = value.constructor && value.constructor.prototype === value; } catch { /* ignore */ }
      if (!isProto) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const ret = maybeCustom.call(value, depth, getUserOptions(ctx), inspect);
        if (ret !== value) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (types.isNumberObject(value)) { type = 'Number'; primitive = Number.prototype.valueOf.call(value); }
  else if (types.isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    keys.splice(0, primitive.length);
  } else if (types.isBooleanObject(value)) { type = 'Boolean'; primitive = Boolean.prototype.valueOf.call(value); }
  else if (types.isBigIntObject(value)) { type = 'BigInt'; primitive = BigInt.prototype.valueOf.call(value); }
  else { type = 'Symbol'; primitive = Symbol.prototype.valueOf.call(value); }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) base += ' (null prototype)';
    else base += ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  let source = '';
  try { source = Function.prototype.toString.call(value); } catch { /* ignore */ }
  if (source.startsWith('class') && source.endsWith('}')) {
    const rest = source.slice(5, -1);
    const brace = rest.indexOf('{');
    if (brace !== -1 && (!rest.slice(0, brace).includes('(') ||
        /^\s*(?:\/\*[^]*?\*\/\s*|\/\/[^\n]*\n\s*)*(?:[\w$]+\s*)?(?:extends\s|\{)/.test(rest))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getStackString(err) {
  let stack;
  try { stack = err.stack; } catch { stack = undefined; }
  if (stack) return String(stack);
  try { return Error.prototype.toString.call(err); } catch { return '[object Error]'; }
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    let len = 1;
    const maxLen = Math.min(a.length - i, rest);
    while (maxLen > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

// The frames of an error's stack, with the frames it shares with its cause
// folded into one line.
function getStackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try { cause = err.cause; } catch { cause = undefined; }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const start = causeStack.indexOf('\n    at');
    if (start !== -1) {
      const causeFrames = causeStack.slice(start + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function formatError(err, constructor, tag, ctx, keys) {
  let name = 'Error';
  let message;
  try { if (err.name != null) name = String(err.name); } catch { /* ignore */ }
  try { message = err.message; } catch { /* ignore */ }
  let stack = getStackString(err);
  if (!ctx.showHidden && keys.length !== 0) {
    for (const prop of ['name', 'message', 'stack']) {
      const i = keys.indexOf(prop);
      if (i !== -1 && (typeof err[prop] !== 'string' || stack.includes(err[prop]))) keys.splice(i, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);
  let pos = (message && typeof message === 'string' && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const frames = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      for (let i = 0; i < frames.length; i++) {
        if (/\(node:|^\s+at node:/.test(frames[i])) frames[i] = ctx.stylize(frames[i], 'undefined');
      }
    }
    stack = `${stack.slice(0, stackStart)}\n${frames.join('\n')}`;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  const constructor = getConstructorName(value);
  const protoProps = ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth) ?
    formatPrototypeProperties(ctx, value, recurseTimes) : [];
  let tag = '';
  try { tag = value[Symbol.toStringTag]; } catch { tag = ''; }
  // V8 names a constructor-less object after its own @@toStringTag.
  let objFallback = 'Object';
  if (constructor === null && typeof tag === 'string' && tag !== '' &&
      isEnumerable(value, Symbol.toStringTag)) {
    objFallback = tag;
  }
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }
  // Module namespaces print as [Module: null prototype], their tag being implied.
  if (constructor === null && tag === 'Module' && types.isModuleNamespaceObject(value)) {
    objFallback = 'Module';
    tag = '';
  }
  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  let taName;

  let hasIterator = false;
  try { hasIterator = Symbol.iterator in value; } catch { hasIterator = false; }
  if (hasIterator || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (types.isSet(value)) {
      const size = Set.prototype.has && Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isMap(value)) {
      const size = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if ((taName = types.typedArrayName(value)) !== undefined) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      const length = typedArrayLength.call(value);
      const prefix = getPrefix(constructor, tag, taName, `(${length})`);
      braces = [`${prefix}[`, ']'];
      if (length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(c, v, r, length);
      extrasType = kArrayExtrasType;
    } else if (types.isMapIterator(value) || types.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = [`[${tag}] {`, '}'];
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object' && !isError(value) && !types.isBoxedPrimitive(value)) {
      if (types.isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (types.isRegExp(value)) {
      base = regExpToString(value);
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (keys.length === 0 || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (types.isDate(value)) {
      const time = Date.prototype.getTime.call(value);
      base = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      const arrayType = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (types.isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (types.isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (types.isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (types.isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (types.isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0) return base;
    } else {
      if (keys.length === 0 && protoProps.length === 0) return `${getPrefix(constructor, tag, objFallback)}{}`;
      braces[0] = `${getPrefix(constructor, tag, objFallback)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getPrefix(constructor, tag, objFallback).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    output.push(...protoProps);
  } catch (err) {
    ctx.seen.pop();
    throw err;
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }
  const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // A size budget per indentation level: once one level has produced 2 ** 27
  // characters, everything not yet visited prints at depth -1, so a huge
  // object graph yields a (long) string instead of exhausting memory and time.
  const spent = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
  ctx.budget[ctx.indentationLvl] = spent;
  if (spent > 2 ** 27) ctx.depth = -1;
  return result;
}

const typedArrayLength = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), 'length').get;
const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regExpFlagGetters = [
  ['hasIndices', 'd'], ['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'], ['dotAll', 's'],
  ['unicode', 'u'], ['unicodeSets', 'v'], ['sticky', 'y'],
].map(([name, flag]) => {
  const d = Object.getOwnPropertyDescriptor(RegExp.prototype, name);
  return [d && d.get, flag];
}).filter(([get]) => get !== undefined);
function regExpToString(value) {
  let flags = '';
  for (const [get, flag] of regExpFlagGetters) if (get.call(value)) flags += flag;
  return `/${regExpSource.call(value)}/${flags}`;
}

function getEmptyFormatArray() { return []; }

let builtInConstructors;
function isBuiltInConstructor(fn) {
  builtInConstructors ??= new Set(Object.getOwnPropertyNames(globalThis)
    .filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name))
    .map((name) => globalThis[name])
    .filter((v) => typeof v === 'function'));
  return builtInConstructors.has(fn);
}

// With showHidden, what user-made prototypes add to an object: up to three
// levels, stopping at a builtin prototype (Object.prototype, Map.prototype...).
// Methods are left out; getters and data show as on the object itself.
function formatPrototypeProperties(ctx, value, recurseTimes) {
  const output = [];
  const shown = new Set();
  let proto = value;
  // The object counts as being printed: a getter that returns it is circular.
  ctx.seen.push(value);
  try {
    for (let level = 0; level < 3; level++) {
      proto = Object.getPrototypeOf(proto);
      if (proto === null) break;
      const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (ctor !== undefined && isBuiltInConstructor(ctor.value)) break;
      for (const key of Reflect.ownKeys(proto)) {
        if (key === 'constructor' || shown.has(key) || hasOwn(value, key)) continue;
        shown.add(key);
        const desc = Object.getOwnPropertyDescriptor(proto, key);
        if (typeof desc.value === 'function') continue;
        const str = formatProperty(ctx, proto, recurseTimes, key, kObjectType, desc, value);
        output.push(ctx.colors ? `\u001b[2m${str}\u001b[22m` : str);
      }
    }
  } finally {
    ctx.seen.pop();
  }
  return output;
}

// What a Map/Set iterator has left, read by the engine without advancing it:
// { kind, items } with kind 1 keys, 2 values, 3 pairs (items flat: k0, v0,
// k1, v1...), or null (also for WeakMap/WeakSet, which GraalJS cannot list).
function previewEntries(value) {
  const items = [];
  const kind = engineUtil().previewEntries(value, (k, v) => { items.push(k, v); });
  return kind < 0 ? null : { kind, items };
}

// [Map Iterator] { 'a' } / [Map Entries] { [ 'a', 1 ] } / [Set Iterator] { 1 }.
function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = previewEntries(value);
  if (preview === null) return [ctx.stylize('<items unknown>', 'special')];
  if (preview.kind === 3) {
    braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
    return formatPairs(ctx, preview.items, recurseTimes, false);
  }
  return formatSingles(ctx, preview.items, recurseTimes, false);
}

// WeakSet { ... } / WeakMap { ... }: contents only with showHidden, sorted.
function formatWeakCollection(ctx, value, recurseTimes) {
  if (!ctx.showHidden) return [ctx.stylize('<items unknown>', 'special')];
  const preview = previewEntries(value);
  if (preview === null) return [ctx.stylize('<items unknown>', 'special')];
  return preview.kind === 3 ?
    formatPairs(ctx, preview.items, recurseTimes, true) :
    formatSingles(ctx, preview.items, recurseTimes, true);
}

function formatSingles(ctx, items, recurseTimes, weak) {
  const count = items.length / 2;
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), count);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) output.push(formatValue(ctx, items[i * 2], recurseTimes));
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  const remaining = count - shown;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatPairs(ctx, items, recurseTimes, weak) {
  const count = items.length / 2;
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), count);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const key = formatValue(ctx, items[i * 2], recurseTimes);
    const val = formatValue(ctx, items[i * 2 + 1], recurseTimes);
    output.push(weak ? `${key} => ${val}` :
      reduceToSingleString(ctx, [key, val], '', ['[', ']'], kArrayExtrasType, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  const remaining = count - shown;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function engineUtil() {
  return require('internal/bootstrap/realm').internalBinding('util');
}

function formatProxy(ctx, target, handler, recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// Promise { <pending> }, Promise { value }, Promise { <rejected> reason }.
function formatPromise(ctx, value, recurseTimes) {
  const util = engineUtil();
  const state = util.getPromiseState(value);
  if (state <= 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const result = formatValue(ctx, util.getPromiseResult(value), recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${result}` : result];
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const len = Math.min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < len; i++) {
    str += (i === 0 ? '' : ' ') + bytes[i].toString(16).padStart(2, '0');
  }
  const remaining = bytes.length - len;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const max = Math.max(0, ctx.maxArrayLength);
  const output = [];
  let i = 0;
  while (i < length && output.length < max) {
    if (!hasOwn(value, i)) {
      let j = i;
      while (j < length && !hasOwn(value, j)) j++;
      const holes = j - i;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      i = j;
      continue;
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    i++;
  }
  const remaining = length - i;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatTypedArray(ctx, value, recurseTimes, length) {
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - max;
  const output = [];
  const fmt = typeof value[0] === 'bigint' ? formatBigInt : formatNumber;
  for (let i = 0; i < max; i++) output.push(fmt(ctx.stylize, value[i], ctx.numericSeparator));
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`${ctx.stylize(`[${key}]`, 'string')}: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const size = value.size;
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of Set.prototype.values.call(value)) {
    if (i >= max) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  const remaining = size - max;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const size = value.size;
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of Map.prototype.entries.call(value)) {
    if (i >= max) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  const remaining = size - max;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  ctx.indentationLvl -= 2;
  return output;
}

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

// desc and receiver are given for a prototype's property shown on an
// object: its getter then runs with the object as `this`.
function formatProperty(ctx, value, recurseTimes, key, type, desc, receiver = value) {
  let name;
  let str;
  let extra = ' ';
  desc ??= Object.getOwnPropertyDescriptor(value, key);
  const inherited = desc === undefined;
  if (inherited) desc = { value: value[key], enumerable: false };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(receiver);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, tmp, ctx)}${s(']', 'special')}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        ctx.indentationLvl += 2;
        const thrown = formatValue(ctx, err, recurseTimes);
        ctx.indentationLvl -= 2;
        str = `${s(`[${label}:`, 'special')} <Inspection threw (${thrown})>${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = ctx.stylize(Symbol.prototype.toString.call(key), 'symbol');
    if (desc.enumerable === false) name = `[${name}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (inherited) {
    name = ctx.stylize(`[${key}]`, 'string');
  } else if (desc.enumerable === false) {
    name = `[${keyStrRegExp.test(key) ? key : strEscape(key)}]`;
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? getStringWidth(output[i], true) : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;
    const widths = [];
    for (let c = 0; c < columns; c++) {
      let w = 0;
      for (let j = c; j < output.length; j += columns) if (dataLen[j] > w) w = dataLen[j];
      widths.push(w + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
      }
    }
    const rows = [];
    for (let i = 0; i < outputLength; i += columns) {
      const end = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < end - 1; j++) {
        const width = widths[j - i] + output[j].length - dataLen[j];
        const cell = `${output[j]}, `;
        line += padStart ? cell.padStart(width, ' ') : cell.padEnd(width, ' ');
      }
      if (padStart) {
        const width = widths[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(width, ' ');
      } else {
        line += output[j];
      }
      rows.push(line);
    }
    if (ctx.maxArrayLength < output.length) rows.push(output[outputLength]);
    output = rows;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------- inspect

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of ObjectKeys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: true,
});
inspect.colors = colors;
inspect.styles = styles;

// ---------------------------------------------------------------- format

function hasBuiltInToString(value) {
  let toStr;
  try { toStr = value.toString; } catch { return true; }
  if (typeof toStr !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn(pointer, 'toString'));
  if (pointer === null) return true;
  const d = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return d !== undefined && typeof d.value === 'function' && builtInObjects.has(d.value.name);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err && err.name === 'TypeError' && /circular|cyclic/i.test(String(err.message))) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    // Numbers in %s, %d, %i and %f group digits when inspect would (numericSeparator).
    const separator = inspectOptions?.numericSeparator ?? inspectDefaultOptions.numericSeparator;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first[++i];
      if (a + 1 !== args.length) {
        switch (next) {
          case 's': {
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg, separator);
            else if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, separator);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 'j': tempStr = tryStringify(args[++a]); break;
          case 'd': {
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, separator);
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number(n), separator);
            break;
          }
          case 'O': tempStr = inspect(args[++a], inspectOptions); break;
          case 'o':
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 'i': {
            const n = args[++a];
            if (typeof n === 'bigint') tempStr = formatBigInt(stylizeNoColor, n, separator);
            else if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseInt(n), separator);
            break;
          }
          case 'f': {
            const n = args[++a];
            if (typeof n === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseFloat(n), separator);
            break;
          }
          case 'c': a += 1; tempStr = ''; break;
          case '%':
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (next === '%') {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
};
