// The Console class: logging, dir, table, group, count, time and assert, over
// any pair of objects with a write() method. Written from Node's documentation
// and by comparing behaviour with node 24.
'use strict';

const { codes } = require('internal/errors');
const {
  validateArray, validateInteger, validateObject, validateOneOf,
} = require('internal/validators');
const inspectModule = require('internal/util/inspect');

// Node's error codes this file needs; defined here when internal/errors lacks them.
function localError(Base, key, makeMessage) {
  class NodeError extends Base {
    constructor(...args) {
      super(makeMessage(...args));
      Object.defineProperty(this, 'code', {
        __proto__: null, value: key, enumerable: true, writable: true, configurable: true,
      });
      const stack = this.stack;
      if (typeof stack === 'string' && stack.startsWith(`${Base.name}: `)) {
        Object.defineProperty(this, 'stack', {
          __proto__: null,
          value: `${Base.name} [${key}]: ${stack.slice(Base.name.length + 2)}`,
          writable: true, configurable: true, enumerable: false,
        });
      }
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  return NodeError;
}

const ERR_CONSOLE_WRITABLE_STREAM = codes.ERR_CONSOLE_WRITABLE_STREAM ||
  localError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM',
    (name) => `Console expects a writable stream instance for ${name}`);
const ERR_INCOMPATIBLE_OPTION_PAIR = codes.ERR_INCOMPATIBLE_OPTION_PAIR ||
  localError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
    (a, b) => `Option "${a}" cannot be used in combination with option "${b}"`);

const kIsConsole = Symbol('kIsConsole');
const kState = Symbol('kState');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function noop() {}

function emitWarning(message) {
  process.emitWarning(message);
}

// The elapsed time in milliseconds since `start` (a value from now()).
let hrBigint;
function now() {
  if (hrBigint === undefined) {
    hrBigint = (typeof process.hrtime === 'function' && typeof process.hrtime.bigint === 'function')
      ? () => process.hrtime.bigint()
      : null;
  }
  if (hrBigint) return hrBigint();
  return BigInt(Math.round(Date.now() * 1e6));
}

function elapsedMs(start) {
  return Number(now() - start) / 1e6;
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

// "1.234ms", "1.002s", "1:02.003 (m:ss.mmm)", "1:02:03.004 (h:mm:ss.mmm)".
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 3600000) {
    hours = Math.floor(ms / 3600000);
    ms %= 3600000;
  }
  if (ms >= 60000) {
    minutes = Math.floor(ms / 60000);
    ms %= 60000;
  }
  if (ms >= 1000) {
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [secs, millis] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : `${minutes}`;
    return `${head}:${secs.padStart(2, '0')}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// Display width of a string in a terminal: ANSI escapes count 0, combining
// marks 0, East Asian wide and fullwidth characters 2.
function isWide(cp) {
  return (cp >= 0x1100 && cp <= 0x115f) || cp === 0x2329 || cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
    (cp >= 0x3250 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0xa4c6) ||
    (cp >= 0xa960 && cp <= 0xa97c) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6b) || (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1b000 && cp <= 0x1b001) ||
    (cp >= 0x1f200 && cp <= 0x1f251) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

function isZeroWidth(cp) {
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef);
}

function stringWidth(str) {
  str = inspectModule.stripVTControlCharacters(String(str));
  let width = 0;
  for (const ch of str.normalize('NFC')) {
    const cp = ch.codePointAt(0);
    if (isZeroWidth(cp)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

// The box drawing of console.table: `head` are the column titles, `columns`
// arrays of already formatted cells (missing cells are blank).
function renderTable(head, columns) {
  const rows = columns.reduce((n, col) => Math.max(n, col.length), 0);
  const widths = head.map((h, i) => {
    let w = stringWidth(h);
    const col = columns[i];
    for (let r = 0; r < col.length; r++) {
      const cell = col[r];
      if (cell !== undefined) w = Math.max(w, stringWidth(cell));
    }
    return w + 2;
  });
  const line = (left, mid, right) =>
    `${left}${widths.map((w) => '─'.repeat(w)).join(mid)}${right}`;
  const row = (cells) => {
    const parts = cells.map((c, i) => {
      const text = c === undefined ? '' : c;
      return ` ${text}${' '.repeat(widths[i] - stringWidth(text) - 1)}`;
    });
    return `│${parts.join('│')}│`;
  };
  const out = [line('┌', '┬', '┐'), row(head), line('├', '┼', '┤')];
  for (let r = 0; r < rows; r++) {
    out.push(row(columns.map((col) => col[r])));
  }
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

function isMap(value) {
  try {
    Map.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

function isSet(value) {
  try {
    Set.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

// Sets up the console state on `target` (a Console instance or the global console).
function initialize(target, stdout, stderr, ignoreErrors, colorMode, inspectOptions, groupIndentation) {
  const props = { __proto__: null };
  if (stdout !== undefined) {
    props._stdout = { __proto__: null, value: stdout, writable: true, configurable: true };
    props._stderr = { __proto__: null, value: stderr, writable: true, configurable: true };
  }
  props[kIsConsole] = { __proto__: null, value: true };
  props[kState] = {
    __proto__: null,
    value: {
      ignoreErrors: !!ignoreErrors,
      colorMode,
      inspectOptions,
      groupIndentation,
      groupIndent: '',
      counts: new Map(),
      timers: new Map(),
    },
  };
  Object.defineProperties(target, props);
  // Every method is bound to the instance, so `const { log } = console` works.
  for (const key of Object.keys(consoleMethods)) {
    const bound = consoleMethods[key].bind(target);
    Object.defineProperty(bound, 'name', { __proto__: null, value: key, configurable: true });
    Object.defineProperty(target, key, {
      __proto__: null, value: bound, writable: true, enumerable: true, configurable: true,
    });
  }
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!new.target) {
    return Reflect.construct(Console, arguments);
  }
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation = 2,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  initialize(this, stdout, stderr, ignoreErrors, colorMode, inspectOptions, groupIndentation);
}

Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance !== null && (typeof instance === 'object' || typeof instance === 'function') &&
      instance[kIsConsole] === true;
  },
});

function state(con) {
  const s = con[kState];
  if (s === undefined) {
    // A console method called on a foreign object: give it a default state.
    initialize(con, undefined, undefined, true, 'auto', undefined, 2);
    return con[kState];
  }
  return s;
}

function inspectOptionsFor(con, stream) {
  const s = state(con);
  let colors = s.colorMode;
  if (colors === 'auto') {
    colors = !!(stream && stream.isTTY &&
      (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
  }
  const opts = s.inspectOptions;
  if (opts) {
    if (opts.colors === undefined) return { ...opts, colors };
    return opts;
  }
  return colors ? kColorInspectOptions : kNoColorInspectOptions;
}

function writeTo(con, useStderr, string) {
  const s = state(con);
  const stream = useStderr ? con._stderr : con._stdout;
  const indent = s.groupIndent;
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  if (!s.ignoreErrors) {
    stream.write(string);
    return;
  }
  // Write errors (synchronous throws, callback errors, 'error' events while
  // writing) are swallowed; only a stack overflow goes through.
  try {
    if (stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
    stream.write(string, writeErrorSwallower(stream));
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}

// A failed write's 'error' event comes a tick after its callback, when the
// listener above is gone: the callback puts one in place for it.
const swallowers = new WeakMap();
function writeErrorSwallower(stream) {
  let swallow = swallowers.get(stream);
  if (swallow === undefined) {
    swallow = (err) => {
      if (err != null && !stream._writableState?.errorEmitted && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    };
    swallowers.set(stream, swallow);
  }
  return swallow;
}

function formatArgs(con, stream, args) {
  return inspectModule.formatWithOptions(inspectOptionsFor(con, stream), ...args);
}

// diagnostics_channel's 'console.<method>' channels see the arguments before
// they are formatted (subscribers may change them). diagnostics_channel hands
// them over when it loads; until then nobody can be listening.
let channels;
function setConsoleChannels(channel) {
  channels = { __proto__: null };
  for (const method of ['log', 'info', 'debug', 'warn', 'error']) channels[method] = channel(`console.${method}`);
}

function publish(method, args) {
  if (channels === undefined) return;
  const ch = channels[method];
  if (ch.hasSubscribers) ch.publish(args);
}

const consoleMethods = {
  log(...args) {
    publish('log', args);
    writeTo(this, false, formatArgs(this, this._stdout, args));
  },

  info(...args) {
    publish('info', args);
    writeTo(this, false, formatArgs(this, this._stdout, args));
  },

  debug(...args) {
    publish('debug', args);
    writeTo(this, false, formatArgs(this, this._stdout, args));
  },

  warn(...args) {
    publish('warn', args);
    writeTo(this, true, formatArgs(this, this._stderr, args));
  },

  error(...args) {
    publish('error', args);
    writeTo(this, true, formatArgs(this, this._stderr, args));
  },

  dir(object, options) {
    writeTo(this, false, inspectModule.inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    const timers = state(this).timers;
    if (timers.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    timers.set(label, now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (logTime(this, 'timeEnd', label, undefined)) {
      state(this).timers.delete(label);
    }
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    logTime(this, 'timeLog', label, data);
  },

  trace(...args) {
    const err = {
      name: 'Trace',
      message: formatArgs(this, this._stderr, args),
    };
    Error.captureStackTrace(err, consoleMethods.trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      if (typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      this.warn(...args);
    }
  },

  clear() {
    const stdout = this._stdout;
    if (stdout && stdout.isTTY && process.env.TERM !== 'dumb') {
      stdout.write('\x1b[1;1H');
      stdout.write('\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = state(this).counts;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    this.log(`${label}: ${n}`);
  },

  countReset(label = 'default') {
    label = `${label}`;
    const counts = state(this).counts;
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },

  group(...data) {
    if (data.length > 0) this.log(...data);
    const s = state(this);
    s.groupIndent += ' '.repeat(s.groupIndentation);
  },

  groupEnd() {
    const s = state(this);
    s.groupIndent = s.groupIndent.slice(0, s.groupIndent.length - s.groupIndentation);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') {
      return this.log(tabularData);
    }
    const cellOptions = inspectOptionsFor(this, this._stdout);
    const cell = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
        Object.keys(v).length > 2 ? -1 : 0;
      return inspectModule.inspect(v, {
        depth, maxArrayLength: 3, breakLength: Infinity, ...cellOptions,
      });
    };

    // An iterator shows what it has left (read without advancing it): a Map's
    // entries() as Key/Values, anything else as Values.
    const types = require('internal/util/types');
    if (types.isMapIterator(tabularData) || types.isSetIterator(tabularData)) {
      const items = [];
      const kind = require('internal/bootstrap/realm').internalBinding('util').previewEntries(tabularData, (k, v) => { items.push(k, v); });
      const index = [];
      const keys = [];
      const values = [];
      for (let i = 0; i < items.length; i += 2) {
        index.push(String(i / 2));
        keys.push(cell(items[i]));
        values.push(cell(kind === 3 ? items[i + 1] : items[i]));
      }
      if (kind === 3 && types.isMapIterator(tabularData)) {
        return this.log(renderTable(['(iteration index)', 'Key', 'Values'], [index, keys, values]));
      }
      return this.log(renderTable(['(iteration index)', 'Values'], [index, keys]));
    }
    if (isMap(tabularData)) {
      const index = [];
      const keys = [];
      const values = [];
      let i = 0;
      for (const [k, v] of Map.prototype.entries.call(tabularData)) {
        index.push(String(i++));
        keys.push(cell(k));
        values.push(cell(v));
      }
      return this.log(renderTable(['(iteration index)', 'Key', 'Values'], [index, keys, values]));
    }
    if (isSet(tabularData)) {
      const index = [];
      const values = [];
      let i = 0;
      for (const v of Set.prototype.values.call(tabularData)) {
        index.push(String(i++));
        values.push(cell(v));
      }
      return this.log(renderTable(['(iteration index)', 'Values'], [index, values]));
    }

    const indexKeys = Object.keys(tabularData);
    const columns = { __proto__: null };
    const valuesColumn = [];
    let hasPrimitives = false;
    for (let i = 0; i < indexKeys.length; i++) {
      const item = tabularData[indexKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesColumn[i] = cell(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          if (columns[key] === undefined) columns[key] = [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            columns[key][i] = '';
          } else {
            columns[key][i] = cell(item[key]);
          }
        }
      }
    }
    const head = ['(index)'];
    const cols = [indexKeys];
    for (const key of Object.keys(columns)) {
      head.push(key);
      cols.push(columns[key]);
    }
    if (hasPrimitives) {
      head.push('Values');
      cols.push(valuesColumn);
    }
    return this.log(renderTable(head, cols));
  },

  dirxml(...data) {
    this.log(...data);
  },

  groupCollapsed(...data) {
    this.group(...data);
  },
};

function logTime(con, name, label, data) {
  const timers = state(con).timers;
  if (!timers.has(label)) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(elapsedMs(timers.get(label)));
  if (data === undefined || data.length === 0) {
    con.log('%s: %s', label, formatted);
  } else {
    con.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// The prototype methods: each works on its `this`; instances carry bound copies.
for (const key of Object.keys(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, {
    __proto__: null, value: consoleMethods[key], writable: true, enumerable: false, configurable: true,
  });
}

// The global console: a plain object (not a Console instance, though
// `instanceof Console` holds) over process.stdout and process.stderr, read lazily.
function createGlobalConsole() {
  const con = { __proto__: {} };
  initialize(con, undefined, undefined, true, 'auto', undefined, 2);
  Object.defineProperty(con, '_stdout', {
    __proto__: null, get() { return process.stdout; }, set(v) { Object.defineProperty(con, '_stdout', { __proto__: null, value: v, writable: true, configurable: true }); }, configurable: true,
  });
  Object.defineProperty(con, '_stderr', {
    __proto__: null, get() { return process.stderr; }, set(v) { Object.defineProperty(con, '_stderr', { __proto__: null, value: v, writable: true, configurable: true }); }, configurable: true,
  });
  Object.defineProperty(con, 'Console', {
    __proto__: null, value: Console, writable: true, enumerable: true, configurable: true,
  });
  // The inspector methods, no-ops without an inspector session.
  const extras = {
    profile() {},
    profileEnd() {},
    timeStamp() {},
    context(name) {
      const ctx = { __proto__: {} };
      initialize(ctx, undefined, undefined, true, 'auto', undefined, 2);
      Object.defineProperty(ctx, '_stdout', { __proto__: null, get() { return process.stdout; }, configurable: true });
      Object.defineProperty(ctx, '_stderr', { __proto__: null, get() { return process.stderr; }, configurable: true });
      return ctx;
    },
    createTask(name) {
      return { run(fn) { return fn(); } };
    },
  };
  for (const key of Object.keys(extras)) {
    Object.defineProperty(con, key, {
      __proto__: null, value: extras[key], writable: true, enumerable: true, configurable: true,
    });
  }
  return con;
}

module.exports = {
  Console,
  kColorInspectOptions,
  kNoColorInspectOptions,
  formatTime,
  createGlobalConsole,
  setConsoleChannels,
};
