// EventTarget, Event, CustomEvent and NodeEventTarget, following the DOM
// standard as Node implements it (no bubbling: targets have no parents).
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_EVENT_RECURSION,
  },
} = require('internal/errors');
const { validateObject, validateFunction, validateAbortSignal } = require('internal/validators');

const kResistStopPropagation = Symbol.for('nodejs.internal.kResistStopPropagation');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kEvents = Symbol('kEvents');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
// What a node-style listener (target.on(type, fn)) receives instead of the
// event, when the event carries one (a MessagePort's 'message': the data).
const kNodeStyleValue = Symbol('kNodeStyleValue');
// Hooks a subclass may define to learn of listeners coming and going.
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

let eventsModule;
function lazyEvents() {
  if (eventsModule === undefined) eventsModule = require('events');
  return eventsModule;
}

let perfNow;
function now() {
  if (perfNow === undefined) {
    try {
      const { performance } = require('internal/perf/performance');
      perfNow = () => performance.now();
    } catch {
      const start = Date.now();
      perfNow = () => Date.now() - start;
    }
  }
  return perfNow();
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

function inspectWith(inspect, value, options) {
  if (typeof inspect === 'function') return inspect(value, options);
  return require('internal/util/inspect').inspect(value, options);
}

// ---- Event ----------------------------------------------------------------

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timestamp;
  #propagationStopped = false;
  #immediateStopped = false;
  #trusted = false;
  #target = null;
  #currentTarget = null;
  #dispatching = false;
  #inPassiveListener = false;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', { allowArray: true, allowFunction: true, nullable: true });
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#trusted = !!options?.[kTrustEvent];
    this.#timestamp = now();
  }

  static _isEvent(value) {
    return value != null && typeof value === 'object' && #type in value;
  }

  static #check(self) {
    if (self == null || typeof self !== 'object' || !(#type in self)) {
      throw new ERR_INVALID_THIS('Event');
    }
  }

  initEvent(type, bubbles = false, cancelable = false) {
    Event.#check(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [kInspect](depth, options, inspect) {
    if (!eventHooks.isEvent(this)) return this;
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth };
    return `${name} ${inspectWith(inspect, {
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }

  stopImmediatePropagation() {
    Event.#check(this);
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  preventDefault() {
    Event.#check(this);
    if (!this.#inPassiveListener) this.#defaultPrevented = true;
  }

  get target() { Event.#check(this); return this.#target; }
  get currentTarget() { Event.#check(this); return this.#currentTarget; }
  get srcElement() { Event.#check(this); return this.#target; }
  get type() { Event.#check(this); return this.#type; }
  get cancelable() { Event.#check(this); return this.#cancelable; }
  get defaultPrevented() { Event.#check(this); return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { Event.#check(this); return this.#timestamp; }

  composedPath() {
    Event.#check(this);
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() { Event.#check(this); return !(this.#cancelable && this.#defaultPrevented); }
  set returnValue(value) {
    Event.#check(this);
    if (!value) this.preventDefault();
  }

  get bubbles() { Event.#check(this); return this.#bubbles; }
  get composed() { Event.#check(this); return this.#composed; }
  get eventPhase() { Event.#check(this); return this.#dispatching ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { Event.#check(this); return this.#propagationStopped; }
  set cancelBubble(value) {
    Event.#check(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    Event.#check(this);
    this.#propagationStopped = true;
  }

  get isTrusted() { Event.#check(this); return this.#trusted; }

  // Internal hooks for EventTarget.
  static _isDispatching(event) { return event.#dispatching; }
  static _startDispatch(event, target) {
    event.#dispatching = true;
    event.#target = target;
  }
  static _setCurrent(event, target) { event.#currentTarget = target; }
  static _endDispatch(event) {
    event.#dispatching = false;
    event.#currentTarget = null;
    event.#propagationStopped = false;
    event.#immediateStopped = false;
  }
  static _immediateStopped(event) { return event.#immediateStopped; }
  static _setPassive(event, value) { event.#inPassiveListener = value; }

  static NONE = 0;
  static CAPTURING_PHASE = 1;
  static AT_TARGET = 2;
  static BUBBLING_PHASE = 3;
}

const eventHooks = {
  isEvent: Event._isEvent,
  isDispatching: Event._isDispatching,
  startDispatch: Event._startDispatch,
  setCurrent: Event._setCurrent,
  endDispatch: Event._endDispatch,
  immediateStopped: Event._immediateStopped,
  setPassive: Event._setPassive,
};
for (const name of ['_isEvent', '_isDispatching', '_startDispatch', '_setCurrent', '_endDispatch',
                    '_immediateStopped', '_setPassive']) {
  delete Event[name];
}

const kEnumerableProperty = { __proto__: null, enumerable: true };
Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event',
  },
  initEvent: kEnumerableProperty,
  stopImmediatePropagation: kEnumerableProperty,
  preventDefault: kEnumerableProperty,
  target: kEnumerableProperty,
  currentTarget: kEnumerableProperty,
  srcElement: kEnumerableProperty,
  type: kEnumerableProperty,
  cancelable: kEnumerableProperty,
  defaultPrevented: kEnumerableProperty,
  timeStamp: kEnumerableProperty,
  composedPath: kEnumerableProperty,
  returnValue: kEnumerableProperty,
  bubbles: kEnumerableProperty,
  composed: kEnumerableProperty,
  eventPhase: kEnumerableProperty,
  cancelBubble: kEnumerableProperty,
  stopPropagation: kEnumerableProperty,
  isTrusted: kEnumerableProperty,
});
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, {
    __proto__: null, value, writable: false, enumerable: true, configurable: false,
  });
}

// ---- CustomEvent ------------------------------------------------------------

class CustomEvent extends Event {
  #detail;
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (this == null || typeof this !== 'object' || !(#detail in this)) {
      throw new ERR_INVALID_THIS('CustomEvent');
    }
    return this.#detail;
  }
}
Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
  },
  detail: kEnumerableProperty,
});

// ---- EventTarget ------------------------------------------------------------

function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent looked up at dispatch time
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// Listeners of one type, in a doubly linked list. A removed record keeps its
// `next` link, so a dispatch that already holds it goes on to the records
// that follow it, including ones appended during the dispatch (as Node does).
class ListenerList {
  constructor() {
    this.head = { next: undefined, prev: undefined };
    this.tail = this.head;
    this.length = 0;
  }
  append(rec) {
    rec.prev = this.tail;
    rec.next = undefined;
    this.tail.next = rec;
    this.tail = rec;
    this.length++;
  }
  find(listener, capture) {
    for (let rec = this.head.next; rec !== undefined; rec = rec.next) {
      if (rec.listener === listener && rec.capture === capture) return rec;
    }
    return undefined;
  }
  remove(rec) {
    rec.removed = true;
    rec.prev.next = rec.next;
    if (rec.next !== undefined) rec.next.prev = rec.prev;
    else this.tail = rec.prev;
    this.length--;
  }
  toArray() {
    const out = [];
    for (let rec = this.head.next; rec !== undefined; rec = rec.next) out.push(rec.listener);
    return out;
  }
}

function describeTarget(target) {
  let name;
  try {
    name = target.constructor?.name;
  } catch {
    // ignore
  }
  return `[${name || 'EventTarget'}]`;
}

let isEventTargetImpl;
function isEventTarget(obj) {
  return obj != null && typeof obj === 'object' && isEventTargetImpl(obj);
}

class EventTarget {
  #listeners = new Map();

  constructor() {
    initEventTarget(this);
  }

  static _isEventTarget(obj) {
    return obj != null && typeof obj === 'object' && #listeners in obj;
  }

  static _listenersOf(obj) { return obj.#listeners; }

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    const {
      once, capture, passive, signal, weak, resistStopPropagation, isNodeStyleListener,
    } = validateEventListenerOptions(options);

    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = typeof type === 'symbol' ? type : `${type}`;

    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let list = this.#listeners.get(type);
    if (list === undefined) {
      list = new ListenerList();
      this.#listeners.set(type, list);
    }
    if (list.find(listener, capture) !== undefined) return;
    list.append({
      listener, once, capture, passive, removed: false,
      resistStopPropagation: !!resistStopPropagation, isNodeStyleListener,
      weak: weak !== undefined,
    });

    const size = list.length;
    const events = lazyEvents();
    const max = this[events.kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[events.kMaxEventTargetListenersWarned]) {
      this[events.kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${String(type)} listeners ` +
                          `added to ${describeTarget(this)}. MaxListeners is ${max}. ` +
                          'Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
    if (typeof this[kNewListener] === 'function') {
      this[kNewListener](size, type, listener, once, capture, passive, weak);
    }
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = typeof type === 'symbol' ? type : `${type}`;
    const capture = options?.capture === true || options === true;
    const list = this.#listeners.get(type);
    if (list === undefined) return;
    const rec = list.find(listener, capture);
    if (rec === undefined) return;
    list.remove(rec);
    if (list.length === 0) this.#listeners.delete(type);
    if (typeof this[kRemoveListener] === 'function') {
      this[kRemoveListener](list.length, type, listener, capture);
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!eventHooks.isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (eventHooks.isDispatching(event)) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event, event.type);
    return event.defaultPrevented !== true;
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth };
    return `${name} ${inspectWith(inspect, {}, opts)}`;
  }
}

function dispatch(target, event, type) {
  eventHooks.startDispatch(event, target);
  eventHooks.setCurrent(event, target);
  const list = listenersOf(target).get(type);
  let rec = list?.head.next;
  try {
    for (let next; rec !== undefined; rec = next) {
      next = rec.next;
      if (rec.removed) continue;
      if (eventHooks.immediateStopped(event) && !rec.resistStopPropagation) continue;
      if (rec.once) target.removeEventListener(type, rec.listener, { capture: rec.capture });
      try {
        let result;
        const listener = rec.listener;
        if (rec.passive) eventHooks.setPassive(event, true);
        if (rec.isNodeStyleListener) {
          const arg = kNodeStyleValue in event ? event[kNodeStyleValue] :
            event.detail !== undefined && event.constructor !== Event ? event.detail : event;
          result = typeof listener === 'function' ? listener.call(target, arg) : listener.handleEvent(arg);
        } else if (typeof listener === 'function') {
          result = listener.call(target, event);
        } else {
          const handleEvent = listener.handleEvent;
          if (typeof handleEvent === 'function') result = handleEvent.call(listener, event);
        }
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        emitUncaughtException(err);
      } finally {
        eventHooks.setPassive(event, false);
      }
    }
  } finally {
    eventHooks.endDispatch(event);
  }
}


function addCatch(promise) {
  const then = promise?.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, (err) => emitUncaughtException(err));
  }
}

const listenersOf = EventTarget._listenersOf;
delete EventTarget._listenersOf;
isEventTargetImpl = EventTarget._isEventTarget;
delete EventTarget._isEventTarget;

function initEventTarget(self) {
  const events = lazyEvents();
  self[events.kMaxEventTargetListeners] = events.defaultMaxListeners;
  self[events.kMaxEventTargetListenersWarned] = false;
}

function getListeners(target, type) {
  const list = listenersOf(target).get(type);
  if (list === undefined) return [];
  return list.toArray();
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: kEnumerableProperty,
  removeEventListener: kEnumerableProperty,
  dispatchEvent: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
  },
});

// ---- on<event> handler attributes ------------------------------------------

const kHandlers = Symbol('kHandlers');
function defineEventHandler(proto, name, type = name) {
  Object.defineProperty(proto, `on${name}`, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return this[kHandlers]?.get(type)?.handler ?? null;
    },
    set(value) {
      if (this[kHandlers] === undefined) this[kHandlers] = new Map();
      let wrapped = this[kHandlers].get(type);
      if (wrapped !== undefined) {
        if (typeof value === 'function' || (typeof value === 'object' && value !== null)) {
          wrapped.handler = value;
          return;
        }
        this.removeEventListener(type, wrapped);
        this[kHandlers].delete(type);
        return;
      }
      if (typeof value === 'function' || (typeof value === 'object' && value !== null)) {
        wrapped = function(event) {
          const handler = wrapped.handler;
          if (typeof handler === 'function') return handler.call(this, event);
        };
        wrapped.handler = value;
        this[kHandlers].set(type, wrapped);
        this.addEventListener(type, wrapped);
      }
    },
  });
}

// ---- NodeEventTarget ------------------------------------------------------------

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    lazyEvents().setMaxListeners(n, this);
  }
  getMaxListeners() {
    return this[lazyEvents().kMaxEventTargetListeners];
  }
  eventNames() {
    return [...listenersOf(this).keys()];
  }
  listenerCount(type) {
    return listenersOf(this).get(type)?.length ?? 0;
  }
  off(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }
  removeListener(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }
  on(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }
  addListener(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }
  emit(type, arg) {
    validateString(type, 'type');
    const had = this.listenerCount(type) > 0;
    dispatch(this, arg instanceof Event ? arg : new NodeCustomEvent(type, arg), type);
    return had;
  }
  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }
  removeAllListeners(type) {
    if (type !== undefined) listenersOf(this).delete(`${type}`);
    else listenersOf(this).clear();
    return this;
  }
}

class NodeCustomEvent extends Event {
  #detail;
  constructor(type, detail) {
    super(type);
    this.#detail = detail;
  }
  get detail() { return this.#detail; }
}

function validateString(value, name) {
  require('internal/validators').validateString(value, name);
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  getListeners,
  kTrustEvent,
  kWeakHandler,
  kResistStopPropagation,
  kEvents,
  kNodeStyleValue,
  kNewListener,
  kRemoveListener,
};
void validateFunction;
