// Signal names and numbers (Linux), and process.on('SIGxxx') wiring: the first
// listener installs a handler, removing the last restores the default action.
'use strict';

const signals = Object.freeze({
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});

function isSignal(event) {
  return typeof event === 'string' && event.startsWith('SIG') && signals[event] !== undefined;
}

function installSignalHandling(process) {
  const active = new Set();
  let binding;
  process.on('newListener', (type) => {
    if (!isSignal(type) || active.has(type)) return;
    binding ??= require('internal/bootstrap/realm').internalBinding('signal_wrap');
    if (binding.start(type.slice(3), (signum) => process.emit(type, type, signum))) {
      active.add(type);
    }
  });
  process.on('removeListener', (type) => {
    if (!active.has(type) || process.listenerCount(type) > 0) return;
    active.delete(type);
    binding.stop(type.slice(3));
  });
}

module.exports = { signals, installSignalHandling };
