// assert.ok's message: the source text of the failed call, found through the
// caller's stack frame ("The expression evaluated to a falsy value: ...").
'use strict';

const { AssertionError } = require('internal/assert/assertion_error');

function isError(value) {
  return value instanceof Error || require('internal/util/types').isNativeError(value);
}

function callerFrame(fn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 1;
    Error.captureStackTrace(holder, fn);
  } catch {
    return undefined;
  } finally {
    Error.stackTraceLimit = limit;
  }
  const stack = holder.stack;
  if (typeof stack !== 'string') return undefined;
  const line = stack.split('\n').find((l) => l.startsWith('    at '));
  if (line === undefined) return undefined;
  const m = /(?:\(|at )([^()]*?):(\d+):(\d+)\)?$/.exec(line);
  if (m === null) return undefined;
  return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
}

function sourceOf(file) {
  try {
    const text = require('internal/process/source_texts').get(file);
    if (text !== undefined) return text;
  } catch { /* no registry */ }
  let path = file;
  if (path.startsWith('file://')) {
    try { path = decodeURIComponent(new URL(path).pathname); } catch { return undefined; }
  }
  if (!path.startsWith('/')) return undefined;
  try {
    const { internalBinding } = require('internal/bootstrap/realm');
    const text = internalBinding('fs').readFileUtf8(path);
    return text == null ? undefined : text;
  } catch {
    return undefined;
  }
}

function userColumn(file, line, column) {
  try {
    return require('internal/process/source_texts').userColumn(file, line, column);
  } catch {
    return column;
  }
}

const isIdentChar = (c) => /[\p{ID_Continue}$\u200c\u200d]/u.test(c);

// Start of the callee chain ending at `pos` ("assert.strict.ok", "a['ok']").
function calleeStart(text, pos) {
  let i = pos;
  while (i < text.length && isIdentChar(text[i])) i++;
  let start = pos;
  for (;;) {
    let j = start;
    while (j > 0 && isIdentChar(text[j - 1])) j--;
    if (j > 0 && text[j - 1] === '.') {
      start = j - 1;
      if (start > 0 && text[start - 1] === '?') start--;
      continue;
    }
    if (j > 0 && text[j - 1] === ']') {
      let depth = 0;
      let k = j - 1;
      for (; k >= 0; k--) {
        if (text[k] === ']') depth++;
        else if (text[k] === '[' && --depth === 0) break;
      }
      if (k < 0) return j;
      start = k;
      continue;
    }
    return j;
  }
}

// End (exclusive) of the call whose callee starts at `start`, or -1 when the
// arguments do not close on this line.
function callEnd(text, start) {
  let i = start;
  let depth = 0;
  let opened = false;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\') i++;
        i++;
      }
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') return -1;
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) return -1;
      i = close + 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      if (c === '(') opened = true;
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0 && opened && c === ')') return i + 1;
      if (depth < 0) return -1;
    }
    i++;
  }
  return -1;
}

function getErrMessage(fn) {
  const frame = callerFrame(fn);
  if (frame === undefined) return undefined;
  const source = sourceOf(frame.file);
  if (source === undefined) return undefined;
  const lines = source.split(/\r?\n/);
  const text = lines[frame.line - 1];
  if (text === undefined) return undefined;
  const column = userColumn(frame.file, frame.line, frame.column) - 1;
  if (column < 0 || column >= text.length) return undefined;
  const start = calleeStart(text, column);
  const end = callEnd(text, start);
  const code = end === -1 ? text.slice(start) : text.slice(start, end);
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(fn) || 'The expression evaluated to a falsy value';
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = { innerOk, isError };
