// Builds the global environment: the process object, the timers, the task
// queues, console and the web globals, then hands Java the runtime entry points.
'use strict';

// GraalJS 25 lacks explicit resource management; Node 24's APIs (timers,
// AbortSignal listeners, FileHandle...) key their disposers on these symbols,
// so they must exist before any builtin class is defined.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      __proto__: null, value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false,
    });
  }
}

// JSON.parse's SyntaxErrors worded as V8 words them.
require('internal/util/json_errors').installV8JsonParseMessages();

const { taskQueueFlags, setRejectionHandler } = require('internal/bootstrap/realm');
const perfUtils = require('internal/perf/utils');
perfUtils.markMilestone('environment');

const process = require('internal/process/object');
defineGlobal('process', process, { accessor: true });

const { nextTick, processTicksAndRejections, runNextTicks, queueMicrotask } =
  require('internal/process/task_queues');
const { setupRejectionTracking } = require('internal/process/promises');
setupRejectionTracking(setRejectionHandler, taskQueueFlags);
process.nextTick = nextTick;

const timers = require('timers');
defineGlobal('global', globalThis, { enumerable: true });
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
                    'setInterval', 'setTimeout']) {
  defineGlobal(name, timers[name], { enumerable: true });
}
defineGlobal('queueMicrotask', queueMicrotask, { enumerable: true });

// --expose-gc makes gc() a global; here it asks the JVM for a collection.
if (process.execArgv.some((arg) => arg === '--expose-gc' || arg === '--expose_gc')) {
  const methods = require('internal/bootstrap/realm').internalBinding('process_methods');
  Object.defineProperty(globalThis, 'gc', {
    __proto__: null, value: function gc() { methods.gc(); }, writable: true, enumerable: true, configurable: false,
  });
}

lazyGlobal('console', () => require('internal/console/global'), false, true);

const { EventTarget, Event, CustomEvent } = require('internal/event_target');
const { AbortController, AbortSignal } = require('internal/abort_controller');
defineGlobal('EventTarget', EventTarget);
defineGlobal('Event', Event);
defineGlobal('CustomEvent', CustomEvent);
defineGlobal('AbortController', AbortController);
defineGlobal('AbortSignal', AbortSignal);
defineGlobal('DOMException', require('internal/per_context/domexception').DOMException);
lazyGlobal('performance', () => require('internal/perf/performance').performance, true, false);
lazyGlobal('Performance', () => require('internal/perf/performance').Performance, false, true);
lazyGlobal('PerformanceEntry', () => require('internal/perf/performance_entry').PerformanceEntry, false, true);
lazyGlobal('PerformanceMark', () => require('internal/perf/usertiming').PerformanceMark, false, true);
lazyGlobal('PerformanceMeasure', () => require('internal/perf/usertiming').PerformanceMeasure, false, true);
lazyGlobal('PerformanceObserver', () => require('internal/perf/observe').PerformanceObserver, false, true);
lazyGlobal('PerformanceObserverEntryList',
           () => require('internal/perf/observe').PerformanceObserverEntryList, false, true);
lazyGlobal('PerformanceResourceTiming',
           () => require('internal/perf/resource_timing').PerformanceResourceTiming, false, true);
lazyGlobal('MessageChannel', () => require('internal/worker/io').MessageChannel, false, true);
lazyGlobal('MessagePort', () => require('internal/worker/io').MessagePort, false, true);
lazyGlobal('MessageEvent', () => require('internal/worker/io').MessageEvent, false, true);
lazyGlobal('BroadcastChannel', () => require('internal/worker/io').BroadcastChannel, false, true);
defineGlobal('structuredClone', require('internal/structured_clone').structuredClone, { enumerable: true });

// Web and buffer globals (Buffer, atob, btoa, Blob, File, TextEncoder,
// TextDecoder, URL, URLSearchParams) are defined here with lazyGlobal() as their
// modules land.
lazyGlobal('URL', () => require('internal/url').URL, false, true);
lazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams, false, true);
lazyGlobal('Buffer', () => require('buffer').Buffer, false, true);
lazyGlobal('atob', () => require('buffer').atob, true, true);
lazyGlobal('btoa', () => require('buffer').btoa, true, true);
lazyGlobal('Blob', () => require('internal/blob').Blob, false, true);
lazyGlobal('File', () => require('internal/blob').File, false, true);
lazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder, false, true);
lazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder, false, true);

// The WHATWG Streams classes, loaded with stream/web on first use.
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
                    'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                    'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController',
                    'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
                    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
                    'TextDecoderStream']) {
  lazyGlobal(name, () => require('stream/web')[name], false, true);
}

// navigator: a getter with no setter, like Node's (assigning to it is ignored).
Object.defineProperty(globalThis, 'navigator', {
  __proto__: null,
  get: Object.getOwnPropertyDescriptor({
    get navigator() { return require('internal/navigator').navigator; },
  }, 'navigator').get,
  set: undefined,
  enumerable: true,
  configurable: true,
});
lazyGlobal('Navigator', () => require('internal/navigator').Navigator, false, true);

const execution = require('internal/process/execution');
perfUtils.markMilestone('bootstrapComplete');

// --env-file: the program starts with the file's variables in process.env.
if (process.execArgv.some((arg) => arg.startsWith('--env-file'))) {
  require('internal/process/env_file').applyEnvFileFlags();
}

function defineGlobal(name, value, { enumerable = false, accessor = false } = {}) {
  if (accessor) {
    let current = value;
    Object.defineProperty(globalThis, name, {
      __proto__: null,
      get() { return current; },
      set(v) { current = v; },
      enumerable,
      configurable: true,
    });
  } else {
    Object.defineProperty(globalThis, name, {
      __proto__: null, value, enumerable, writable: true, configurable: true,
    });
  }
}

// A global whose module is loaded on first use, to keep startup small.
function lazyGlobal(name, load, enumerable, writable) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    get() {
      if (!loaded) { value = load(); loaded = true; }
      return value;
    },
    set(v) {
      Object.defineProperty(globalThis, name, {
        __proto__: null, value: v, writable: true, enumerable, configurable: true,
      });
    },
    enumerable,
    configurable: true,
  });
}

// What Java calls. callback() is the trampoline every loop callback goes
// through: run fn, then the nextTick queue; GraalJS runs microtasks when it
// returns, and Java calls processTicksAndRejections while more is queued.
module.exports = {
  callback(fn, ...args) {
    const result = fn(...args);
    runNextTicks();
    return result;
  },
  processTicksAndRejections,
  // Java: a callback threw `err`; name/line/column when the engine knows the throw site.
  fatalException(err, name, line, column) {
    execution.fatalException(err, name ? { thrown: true, name, line, column } : { thrown: true });
  },
  runMain: () => require('internal/main/run_main').runMain(),
  emitBeforeExit: () => execution.emitBeforeExit(),
  emitExit: () => {
    perfUtils.markMilestone('loopExit');
    return execution.emitExit();
  },
};
