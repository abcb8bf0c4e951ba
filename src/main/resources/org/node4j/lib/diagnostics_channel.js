// The public `diagnostics_channel` module: named pub/sub channels and the
// TracingChannel built on five of them (start, end, asyncStart, asyncEnd, error).
'use strict';

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
const { validateFunction } = require('internal/validators');

// Channels are looked up by name but must not be kept alive by the lookup
// table alone: a channel nobody subscribes to may be collected, while one
// with subscribers or bound stores stays (a strong reference per user).
class ChannelTable {
  constructor() {
    this.refs = new Map(); // name -> WeakRef(channel)
    this.pinned = new Map(); // name -> [channel, count]
    this.registry = new FinalizationRegistry((name) => {
      const ref = this.refs.get(name);
      if (ref !== undefined && ref.deref() === undefined) this.refs.delete(name);
    });
  }

  get(name) {
    const ref = this.refs.get(name);
    return ref === undefined ? undefined : ref.deref();
  }

  set(name, ch) {
    this.refs.set(name, new WeakRef(ch));
    this.registry.register(ch, name);
  }

  pin(ch) {
    const entry = this.pinned.get(ch.name);
    if (entry !== undefined && entry[0] === ch) entry[1]++;
    else this.pinned.set(ch.name, [ch, 1]);
  }

  unpin(ch) {
    const entry = this.pinned.get(ch.name);
    if (entry === undefined || entry[0] !== ch) return;
    if (--entry[1] === 0) this.pinned.delete(ch.name);
  }
}

const channels = new ChannelTable();

// A subscriber's exception must not stop the publisher or the other
// subscribers; it surfaces later as an uncaught exception instead.
function reportLater(err) {
  process.nextTick(() => { throw err; });
}

// A channel switches its prototype between Channel (no subscribers: every
// method is a cheap no-op) and ActiveChannel, so publishing to an unused
// channel costs one call.
class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A fresh array: a publish in progress keeps iterating its own copy.
    this._subscribers = [...this._subscribers, subscription];
    channels.pin(this);
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = this._subscribers.filter((_, i) => i !== index);
    channels.unpin(this);
    deactivateIfUnused(this);
    return true;
  }

  bindStore(store, transform) {
    if (!this._stores.has(store)) channels.pin(this);
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    channels.unpin(this);
    deactivateIfUnused(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  // Enters every bound store (with its transform of data), publishes, then
  // runs fn inside all of them.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      run = () => {
        let value;
        try {
          value = transform === undefined ? data : transform(data);
        } catch (err) {
          reportLater(err);
          return inner();
        }
        return store.run(value, inner);
      };
    }
    return run();
  }
}

function activate(ch) {
  if (Object.getPrototypeOf(ch) === ActiveChannel.prototype) return;
  Object.setPrototypeOf(ch, ActiveChannel.prototype);
  ch._subscribers = [];
  ch._stores = new Map();
}

function deactivateIfUnused(ch) {
  if (ch._subscribers.length === 0 && ch._stores.size === 0) {
    Object.setPrototypeOf(ch, Channel.prototype);
    ch._subscribers = undefined;
    ch._stores = undefined;
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;
    channels.set(name, this);
  }

  // Active channels are Channels too, though their prototype differs.
  static [Symbol.hasInstance](instance) {
    const proto = Object.getPrototypeOf(instance);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  return channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const ch = channels.get(name);
  return ch !== undefined && ch.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function tracingSubChannel(nameOrChannels, event) {
  if (typeof nameOrChannels === 'string') return channel(`tracing:${nameOrChannels}:${event}`);
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const ch = nameOrChannels[event];
    if (!(ch instanceof Channel)) {
      throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], ch);
    }
    return ch;
  }
  throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of traceEvents) {
      Object.defineProperty(this, event, {
        __proto__: null, value: tracingSubChannel(nameOrChannels, event),
      });
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    // Events only flow when someone listened before the trace began.
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const settled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const rejected = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      throw err;
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        // Thenables and plain values are adopted into a native promise.
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return Promise.prototype.then.call(promise, settled, rejected);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      // The callback runs inside the stores bound to asyncStart.
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

// The builtin producers get their channels now: require() reports to
// 'module.require', the console methods publish to 'console.<method>'.
require('internal/modules/cjs/loader').setRequireTracing(tracingChannel('module.require'));
require('internal/console/constructor').setConsoleChannels(channel);

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
