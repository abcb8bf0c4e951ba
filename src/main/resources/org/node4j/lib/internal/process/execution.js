// What happens to an exception nobody caught, and the end of the process:
// 'uncaughtExceptionMonitor', 'uncaughtException', the fatal report on stderr
// (source line, caret, inspected error, "Node.js vX"), 'beforeExit' and 'exit'.
'use strict';

const sourceTexts = require('internal/process/source_texts');

let inExitHandlers = false;

// The location an uncaught value points at: what Java saw thrown, else the top
// frame of the error's stack (where it was created). `thrown` tells whether it
// reached the host as a throw, in which case V8 would point at the throw.
function locate(err, where) {
  if (where && where.name) return where;
  const thrown = !!(where && where.thrown);
  if (err === null || typeof err !== 'object') return null;
  // An unhandled 'error' event was thrown by events.js, not where it was created.
  if (typeof err[kEnhanceStackBeforeInspector] === 'function') {
    return builtinThrowSite('events', 'throw unhandledError(');
  }
  let stack;
  try { stack = err.stack; } catch { return null; }
  if (typeof stack !== 'string') return null;
  const match = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/m.exec(stack);
  if (!match) return null;
  return { name: match[1], line: Number(match[2]), column: Number(match[3]), thrown };
}

// Where builtin `id` throws: the line of its source holding `marker`.
function builtinThrowSite(id, marker) {
  const name = `node:${id}`;
  const lines = (sourceTexts.get(name) || '').split('\n');
  const line = lines.findIndex((text) => text.includes(marker));
  if (line === -1) return null;
  return { name, line: line + 1, column: lines[line].indexOf(marker) + 1, thrown: true };
}

// "file:line\nsource line\n   ^\n" as node prints above a fatal exception.
function sourceHeader(where) {
  if (!where) return '';
  const text = sourceTexts.get(where.name);
  if (text === undefined) return '';
  const lines = text.split('\n');
  let source = lines[where.line - 1];
  if (source === undefined) return '';
  source = source.replace(/\r$/, '');
  let start = Math.max(0, sourceTexts.userColumn(where.name, where.line, where.column) - 1);
  // A thrown error: V8 points at the throw statement, the stack at the
  // `new Error` after it, so step back to the throw.
  if (where.thrown) {
    const throwKeyword = /\bthrow\s+$/.exec(source.slice(0, start));
    if (throwKeyword) start = throwKeyword.index;
  }
  let pad = '';
  for (let i = 0; i < start && i < source.length; i++) pad += source[i] === '\t' ? '\t' : ' ';
  return `${sourceTexts.displayName(where.name)}:${where.line}\n${source}\n${pad}^\n`;
}

function writeStderr(text) {
  internalBindingFs().writeString(2, text);
}

let fsBinding;
function internalBindingFs() {
  if (fsBinding === undefined) fsBinding = require('internal/bootstrap/realm').internalBinding('fs');
  return fsBinding;
}

// events.js marks errors thrown for an unhandled 'error' event with a function
// adding "Emitted 'error' event at:" and the emit site, as Node prints them.
const kEnhanceStackBeforeInspector = Symbol.for('node4j.events.enhanceStackBeforeInspector');

function inspectForReport(err) {
  const enhance = err[kEnhanceStackBeforeInspector];
  if (typeof enhance === 'function') {
    try {
      const stack = enhance();
      Object.defineProperty(err, 'stack', {
        __proto__: null, value: stack, writable: true, configurable: true, enumerable: false,
      });
    } catch {
      // report the error as it is
    }
  }
  const { inspect } = require('internal/util/inspect');
  const colors = require('internal/tty').shouldColorize(2);
  // Node's fatal report looks deeper into the error than console.log does.
  return inspect(err, { colors, depth: Math.max(inspect.defaultOptions.depth, 5) });
}

function isError(value) {
  return value !== null && typeof value === 'object' &&
    (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]');
}

// The default fatal report, then the exit.
function reportAndExit(err, where, exitCode) {
  const shown = err !== null && typeof err === 'object' && sourceTexts.decorated.has(err);
  const header = shown ? '' : sourceHeader(locate(err, where));
  let text;
  if (err === null || typeof err !== 'object') {
    text = `\n${header}${formatPrimitive(err)}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  } else {
    let body;
    try {
      body = inspectForReport(err);
    } catch {
      body = String(err && err.stack);
    }
    text = `${header}${header ? '\n' : ''}${body}\n`;
  }
  try {
    writeStderr(`${text}\nNode.js ${process.version}\n`);
  } catch {
    // stderr is gone; the exit code still tells
  }
  process.exitCode = exitCode;
  // Exit code 7 means the handling itself failed (an 'uncaughtException' or
  // monitor listener threw): Node then exits without emitting 'exit'.
  if (!inExitHandlers && exitCode !== 7) {
    // An 'exit' listener that throws now is not reported: the process is
    // already dying of the error above, with its exit code (as in node).
    try {
      emitExitEvent();
    } catch {
      // dropped, see above
    }
  }
  process.reallyExit(process.exitCode);
}

function formatPrimitive(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') return value.toString();
  return require('internal/util/inspect').inspect(value);
}

// An uncaught exception. `where` is set when the host saw it thrown:
// { thrown: true, name, line, column } (name is null when only the error's
// stack tells the place).
function fatalException(err, where = null) {
  const origin = fatalException.origin || 'uncaughtException';
  fatalException.origin = undefined;
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
  } catch (monitorErr) {
    return reportAndExit(monitorErr, { thrown: true }, 7);
  }
  if (captureCallback === null && process.listenerCount('uncaughtException') === 0) {
    return reportAndExit(err, where, 1);
  }
  try {
    // process.setUncaughtExceptionCaptureCallback takes the error instead of the listeners.
    if (captureCallback !== null) captureCallback(err);
    else process.emit('uncaughtException', err, origin);
  } catch (handlerErr) {
    return reportAndExit(handlerErr, { thrown: true }, 7);
  }
  // The callback that threw did not get its ticks and microtasks drained (the
  // host skips that for a failed callback, like Node's InternalCallbackScope).
  // A no-op immediate makes sure a later callback drains them, even when
  // nothing else is scheduled.
  require('timers').setImmediate(noop);
}

function noop() {}

// process.setUncaughtExceptionCaptureCallback(fn | null): one capturer at a time.
let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } = require('internal/errors');
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

function reportMicrotaskError(err) {
  fatalException(err);
}

function emitBeforeExit() {
  if (process._exiting) return;
  const code = process.exitCode;
  process.emit('beforeExit', code === undefined ? 0 : Number(code));
}

function emitExitEvent() {
  if (process._exiting) return;
  process._exiting = true;
  inExitHandlers = true;
  try {
    const code = process.exitCode;
    process.emit('exit', code === undefined ? 0 : Number(code));
  } finally {
    inExitHandlers = false;
  }
}

// The loop ran dry: the natural end of the process. An ES module entry still
// waiting on top-level await then exits with 13 and a warning after 'exit'.
let unsettledMainCheck = null;
function setUnsettledMainCheck(check) {
  unsettledMainCheck = check;
}

function emitExit() {
  const unsettled = unsettledMainCheck !== null && process.exitCode === undefined ? unsettledMainCheck() : null;
  if (unsettled !== null) process.exitCode = 13;
  emitExitEvent();
  if (unsettled !== null) writeStderr(`Warning: Detected unsettled top-level await at ${unsettled}\n\n\n`);
  const code = process.exitCode;
  return code === undefined ? 0 : Number(code) | 0;
}

module.exports = {
  setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback,
  fatalException, reportMicrotaskError, emitBeforeExit, emitExit, emitExitEvent, isError, setUnsettledMainCheck,
};
