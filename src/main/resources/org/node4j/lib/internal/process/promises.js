// Unhandled promise rejections, in Node's --unhandled-rejections modes
// (default 'throw'). GraalJS reports each rejection still unhandled after a
// microtask checkpoint; they are processed after the tick queue.
'use strict';

const { setRejectionProcessor } = require('internal/process/task_queues');

const pending = [];
let flags;

function mode() {
  const fromArgv = process.execArgv.find((a) => a.startsWith('--unhandled-rejections='));
  if (fromArgv) return fromArgv.slice('--unhandled-rejections='.length);
  const fromEnv = (process.env.NODE_OPTIONS || '').match(/--unhandled-rejections=(\S+)/);
  return fromEnv ? fromEnv[1] : 'throw';
}

function setupRejectionTracking(setHandler, taskQueueFlags) {
  flags = taskQueueFlags;
  setHandler((reason, promise) => {
    pending.push({ reason, promise });
    flags.setHasRejectionToWarn(true);
  });
  setRejectionProcessor(processPromiseRejections);
}

// Rejection ids number the warnings, as Node's do, so that a later
// PromiseRejectionHandledWarning names the rejection it resolves.
let lastRejectionId = 0;
const rejectionIds = new WeakMap();

// Node's warn modes print the reason (its stack for errors), then the notice.
function warnUnhandled(reason, promise) {
  const { inspect } = require('internal/util/inspect');
  let text;
  try {
    text = reason instanceof Error && reason.stack ? reason.stack : inspect(reason);
  } catch {
    text = String(reason);
  }
  const id = ++lastRejectionId;
  if (promise !== null && typeof promise === 'object') rejectionIds.set(promise, id);
  process.emitWarning(text, 'UnhandledPromiseRejectionWarning');
  process.emitWarning(`Unhandled promise rejection. This error originated either by throwing ` +
    'inside of an async function without a catch block, or by rejecting a promise which was not ' +
    'handled with .catch(). To terminate the node process on unhandled promise rejection, use the ' +
    'CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${id})`, 'UnhandledPromiseRejectionWarning');
}

function asUncaught(reason) {
  if (reason instanceof Error) return reason;
  const { ERR_UNHANDLED_REJECTION } = require('internal/errors').codes;
  const { inspect } = require('internal/util/inspect');
  const err = new ERR_UNHANDLED_REJECTION(typeof reason === 'string' ? reason : inspect(reason));
  Object.defineProperty(err, 'name', {
    __proto__: null, value: 'UnhandledPromiseRejection', writable: true, configurable: true,
  });
  if (typeof err.stack === 'string') {
    Object.defineProperty(err, 'stack', {
      __proto__: null, value: err.stack.replace(/^Error \[ERR_UNHANDLED_REJECTION\]/, 'UnhandledPromiseRejection'),
      writable: true, configurable: true,
    });
  }
  return err;
}

function triggerUncaught(reason) {
  const execution = require('internal/process/execution');
  execution.fatalException.origin = 'unhandledRejection';
  execution.fatalException(asUncaught(reason));
}

// 'rejectionHandled': GraalJS tells embedders when a rejection goes unhandled,
// not when a handler comes later. Once a rejection has been reported, then()
// (which catch() and finally() call too) is wrapped to notice a late handler
// on a reported promise. The wrapper is installed only after the first report,
// so programs without unhandled rejections keep the engine's own then().
// A late `await` of a reported promise is not seen.
const reported = new WeakSet();
const handledLate = [];
let thenHooked = false;

function watchForLateHandler(promise) {
  if (promise === null || typeof promise !== 'object') return;
  reported.add(promise);
  if (thenHooked) return;
  thenHooked = true;
  const engineThen = Promise.prototype.then;
  Object.defineProperty(Promise.prototype, 'then', {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: {
      then(onFulfilled, onRejected) {
        if (reported.has(this)) {
          reported.delete(this);
          handledLate.push(this);
          flags.setHasRejectionToWarn(true);
        }
        return Reflect.apply(engineThen, this, [onFulfilled, onRejected]);
      },
    }.then,
  });
}

let utilBinding;
function promiseHandledNow(promise) {
  utilBinding ??= require('internal/bootstrap/realm').internalBinding('util');
  return utilBinding.isPromiseHandled(promise);
}

function processPromiseRejections() {
  let processed = false;
  while (handledLate.length > 0) {
    const promise = handledLate.shift();
    processed = true;
    if (!process.emit('rejectionHandled', promise) && rejectionIds.has(promise)) {
      process.emitWarning('Promise rejection was handled asynchronously ' +
        `(rejection id: ${rejectionIds.get(promise)})`, 'PromiseRejectionHandledWarning');
    }
  }
  while (pending.length > 0) {
    const { reason, promise } = pending.shift();
    // GraalJS reports a rejection at the microtask checkpoint; node decides
    // after the tick queue, so a handler attached by a tick in between counts.
    if (promiseHandledNow(promise)) continue;
    processed = true;
    watchForLateHandler(promise);
    switch (mode()) {
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      case 'warn':
        if (!process.emit('unhandledRejection', reason, promise)) warnUnhandled(reason, promise);
        break;
      case 'warn-with-error-code':
        if (!process.emit('unhandledRejection', reason, promise)) {
          warnUnhandled(reason, promise);
          process.exitCode = 1;
        }
        break;
      case 'strict':
        triggerUncaught(reason);
        process.emit('unhandledRejection', reason, promise);
        break;
      default:
        if (!process.emit('unhandledRejection', reason, promise)) triggerUncaught(reason);
    }
  }
  flags.setHasRejectionToWarn(false);
  return processed;
}

module.exports = { setupRejectionTracking, processPromiseRejections };
