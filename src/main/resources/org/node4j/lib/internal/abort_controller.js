// AbortController and AbortSignal. (Bootstrap version; replaced by the full one.)
'use strict';

const { EventTarget, Event } = require('internal/event_target');

class AbortSignal extends EventTarget {
  constructor() {
    super();
    this.aborted = false;
    this.reason = undefined;
  }
  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }
  static abort(reason) {
    const signal = new AbortSignal();
    signal.aborted = true;
    signal.reason = reason === undefined ? new DOMExceptionLike() : reason;
    return signal;
  }
}

class DOMExceptionLike extends Error {
  constructor(message = 'This operation was aborted') {
    super(message);
    this.name = 'AbortError';
    this.code = 20;
  }
}

class AbortController {
  constructor() {
    this.signal = new AbortSignal();
  }
  abort(reason) {
    const signal = this.signal;
    if (signal.aborted) return;
    signal.aborted = true;
    signal.reason = reason === undefined ? new DOMExceptionLike() : reason;
    signal.dispatchEvent(new Event('abort'));
  }
}

module.exports = { AbortController, AbortSignal };
