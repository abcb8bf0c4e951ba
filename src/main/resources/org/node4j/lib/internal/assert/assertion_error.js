// assert.AssertionError and the messages Node generates for failed
// comparisons: a short "a !== b" line, a stacked +/- pair with a caret under
// the first difference, or a line diff of the inspected values.
'use strict';

const { inspect } = require('internal/util/inspect');
const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;
const kMaxNotEqualLines = 50;

// Errors lose their stack for display: "[Error: msg] { extra }".
function copyError(source) {
  const target = Object.create(Object.getPrototypeOf(source));
  for (const key of Reflect.ownKeys(source)) {
    if (key === 'stack') continue;
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (desc.enumerable) Object.defineProperty(target, key, desc);
  }
  Object.defineProperty(target, 'message', {
    __proto__: null, value: source.message, writable: true, configurable: true,
  });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let cause = source.cause;
    if (isError(cause)) cause = copyError(cause);
    Object.defineProperty(target, 'cause', {
      __proto__: null, value: cause, writable: true, configurable: true, enumerable: false,
    });
  }
  return target;
}

function isError(value) {
  return value instanceof Error || require('internal/util/types').isNativeError(value);
}

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function terminalWidth() {
  try {
    const stderr = process.stderr;
    if (stderr && stderr.isTTY && stderr.columns) return stderr.columns;
  } catch { /* no stderr */ }
  return 80;
}

function isSimpleDiff(actual, linesA, expected, linesE) {
  if (linesA.length > 1 || linesE.length > 1) return false;
  return typeof actual !== 'object' || actual === null ||
    typeof expected !== 'object' || expected === null;
}

function simpleDiff(actual, inspectedA, expected, inspectedE) {
  let length = inspectedA.length + inspectedE.length;
  if (typeof actual === 'string') length -= 2;
  if (typeof expected === 'string') length -= 2;
  if (length <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
    return { message: `${inspectedA} !== ${inspectedE}`, header: '' };
  }
  let message = `\n+ ${inspectedA}\n- ${inspectedE}`;
  if (inspectedA.length + inspectedE.length <= terminalWidth()) {
    for (let i = 0; i < inspectedA.length; i++) {
      if (inspectedA[i] !== inspectedE[i]) {
        // The first characters differ visibly enough without a caret.
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return { message };
}

function createErrDiff(actual, expected, operator, customMessage, diffType) {
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedA = inspectValue(actual);
  const inspectedE = inspectValue(expected);
  const linesA = inspectedA.split('\n');
  const linesE = inspectedE.split('\n');
  let header = '+ actual - expected';
  let message;
  let skipped = false;

  if (isSimpleDiff(actual, linesA, expected, linesE)) {
    const res = simpleDiff(actual, linesA[0], expected, linesE[0]);
    message = res.message;
    if (res.header !== undefined) header = res.header;
  } else if (inspectedA === inspectedE) {
    operator = 'notIdentical';
    header = '';
    if (linesA.length > kMaxNotEqualLines && diffType !== 'full') {
      message = `${linesA.slice(0, kMaxNotEqualLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = inspectedA;
    }
  } else {
    const commaInsensitive = actual !== null && typeof actual === 'object';
    const res = printMyersDiff(myersDiff(linesA, linesE, commaInsensitive));
    message = res.message;
    skipped = res.skipped;
  }
  const title = customMessage != null ? String(customMessage) : kReadableOperator[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

function notEqualMessage(actual, expected, operator, diff) {
  let title = kReadableOperator[operator];
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    title = kReadableOperator.notStrictEqualObject;
  }
  let lines = inspectValue(actual).split('\n');
  if (lines.length > kMaxNotEqualLines && diff !== 'full') {
    lines = lines.slice(0, 46);
    lines.push('...');
  }
  if (lines.length === 1) return `${title}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${title}\n\n${lines.join('\n')}\n`;
}

// diff: 'full' (new Assert({ diff: 'full' })) keeps the values whole.
function looseMessage(actual, expected, operator, diff) {
  const full = diff === 'full';
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const title = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${title}\n\n${res}`;
    if (res.length > 1024 && !full) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > kMaxLongStringLength && !full) res = `${res.slice(0, 509)}...`;
  if (other.length > kMaxLongStringLength && !full) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    return `${title}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  }
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal !== undefined) {
    return `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n${other}`;
  }
  return `${res} ${operator} ${other}`;
}

function isDiffOperator(operator) {
  return operator === 'deepStrictEqual' || operator === 'strictEqual' ||
    operator === 'partialDeepStrictEqual';
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const {
      message, operator, stackStartFn, details, diff = 'simple',
    } = options;
    let { actual, expected } = options;

    const savedLimit = Error.stackTraceLimit;
    if (isError(actual)) actual = copyError(actual);
    if (isError(expected)) expected = copyError(expected);

    let text;
    if (message != null) {
      if (isDiffOperator(operator)) {
        text = createErrDiff(actual, expected, operator, message, diff);
      } else {
        text = String(message);
      }
    } else if (isDiffOperator(operator)) {
      text = createErrDiff(actual, expected, operator, undefined, diff);
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      text = notEqualMessage(actual, expected, operator, diff);
    } else if (details !== undefined) {
      text = details.map((d) => d.message).join('\n');
    } else {
      text = looseMessage(actual, expected, operator, diff);
    }

    super(text);
    Error.stackTraceLimit = savedLimit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details !== undefined) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = operator;
    }
    this.diff = diff;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || new.target);
    }
    // Reading the stack fixes its first line with the bracketed code.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // Long strings are cut in the actual/expected properties, like Node.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') {
      this.actual = truncateForInspect(this.actual);
    }
    if (typeof this.expected === 'string') {
      this.expected = truncateForInspect(this.expected);
    }
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

function truncateForInspect(str) {
  const lines = str.split('\n');
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  // Node keeps the part after the first 512 characters here.
  if (str.length > 512) return `${str.slice(512)}...`;
  return str;
}

module.exports = { AssertionError, kReadableOperator, inspectValue };
