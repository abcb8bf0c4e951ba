// MessageChannel, MessagePort and BroadcastChannel within one thread.
//
// A posted message is cloned at once (structuredClone, with its transfer list)
// and queued; the loop delivers the queue in its poll phase, one message per
// callback so that ticks and microtasks run in between, as Node's uv_async
// delivery does. A port delivers only once started (onmessage, a 'message'
// listener or start()); until then its messages wait in its backlog. A port
// with a 'message' listener, or ref()'d, holds the loop open until closed.
'use strict';

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const {
  Event, NodeEventTarget, EventTarget, defineEventHandler, kNodeStyleValue, kNewListener, kRemoveListener,
} = require('internal/event_target');
const { inspect } = require('internal/util/inspect');
const { cloneWithTransfer, kTransfer } = require('internal/structured_clone');
const binding = require('internal/bootstrap/realm').internalBinding('messaging');

const kSkip = Symbol('kSkip');
const kPeer = Symbol('kPeer');
const kBacklog = Symbol('kBacklog');
const kStarted = Symbol('kStarted');
const kRefd = Symbol('kRefd');
const kClosed = Symbol('kClosed');
const kName = Symbol('kName');

// ---- delivery --------------------------------------------------------------------

// Every target (port or channel) keeps its incoming queue in [kBacklog]:
// {data, ports} messages and {close: true} steps. As libuv walks its async
// handles, a delivery round visits the targets with mail in creation order,
// each delivering what it had when its turn came.
let nextTargetId = 0;
const kId = Symbol('kId');
const waiting = new Set();
let round = [];
let roundIndex = 0;

function enqueue(target, item) {
  target[kBacklog].push(item);
  waiting.add(target);
  binding.schedule();
}

// Called by the loop until it returns false: one message per call.
function drainOne() {
  if (round.length === 0) {
    round = [...waiting].sort((a, b) => a[kId] - b[kId]).map((target) => ({ target, left: target[kBacklog].length }));
    waiting.clear();
    roundIndex = 0;
  }
  while (roundIndex < round.length) {
    const turn = round[roundIndex];
    const target = turn.target;
    const queue = target[kBacklog];
    if (turn.left > 0 && queue.length > 0 && !target[kStarted]) {
      // An unstarted port keeps its messages, unless it is closing.
      const close = queue.findIndex((item) => item.close);
      if (close >= 0) {
        queue.length = 0;
        finishClose(target);
      }
      turn.left = 0;
    }
    if (turn.left > 0 && queue.length > 0) {
      turn.left--;
      const item = queue.shift();
      if (item.close) finishClose(target);
      else dispatchMessage(target, item);
      if (turn.left > 0 && queue.length > 0) return true;
    }
    if (queue.length > 0 && target[kStarted]) waiting.add(target);
    roundIndex++;
    if (roundIndex < round.length) return true;
  }
  round = [];
  if (waiting.size > 0) binding.schedule();
  return false;
}
binding.setup(drainOne);

function dispatchMessage(target, { data, ports }) {
  const event = new MessageEvent('message', { data, ports });
  event[kNodeStyleValue] = data;
  target.dispatchEvent(event);
}

// ---- MessageEvent ------------------------------------------------------------------

const kData = Symbol('kData');
const kOrigin = Symbol('kOrigin');
const kLastEventId = Symbol('kLastEventId');
const kSource = Symbol('kSource');
const kPorts = Symbol('kPorts');

class MessageEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = options ?? {};
    if (ports !== undefined && (ports === null || typeof ports[Symbol.iterator] !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('eventInitDict.ports', 'Array', ports);
    }
    this[kData] = data;
    this[kOrigin] = `${origin}`;
    this[kLastEventId] = `${lastEventId}`;
    this[kSource] = source;
    this[kPorts] = Object.freeze([...ports]);
  }

  get data() { checkEvent(this); return this[kData]; }
  get origin() { checkEvent(this); return this[kOrigin]; }
  get lastEventId() { checkEvent(this); return this[kLastEventId]; }
  get source() { checkEvent(this); return this[kSource]; }
  get ports() { checkEvent(this); return this[kPorts]; }
}
for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, { __proto__: null, enumerable: true });
}

function checkEvent(event) {
  if (event == null || typeof event !== 'object' || !(kData in event)) throw new ERR_INVALID_THIS('MessageEvent');
}

// ---- MessagePort -------------------------------------------------------------------

class InternalPort extends NodeEventTarget {
  constructor(skip) {
    void skip;
    super();
    this[kId] = nextTargetId++;
    this[kPeer] = null;
    this[kBacklog] = [];
    this[kStarted] = false;
    this[kRefd] = false;
    this[kClosed] = false;
  }

  postMessage(message, transfer = undefined) {
    checkPort(this);
    if (arguments.length === 0) {
      const err = new TypeError('Not enough arguments to MessagePort.postMessage');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    const list = transferList(transfer);
    const peer = this[kPeer];
    if (peer !== null && list.includes(peer)) {
      if (peer[kClosed]) {
        const { DOMException } = require('internal/per_context/domexception');
        throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
      }
      // Sending a port its own entangled port ends the channel.
      for (const item of list) if (item instanceof ArrayBuffer && !item.detached) item.transfer();
      process.emitWarning('The target port was posted to itself, and the communication channel was lost');
      this.close();
      return;
    }
    const data = cloneWithTransfer(message, list, this);
    if (this[kClosed] || peer === null) return;
    enqueue(peer, { data, ports: list.filter((p) => p instanceof MessagePort).map((p) => transferred.get(p)) });
  }

  start() {
    checkPort(this);
    if (this[kStarted] || this[kClosed]) return;
    this[kStarted] = true;
    if (this[kBacklog].length > 0) {
      waiting.add(this);
      binding.schedule();
    }
  }

  close(callback = undefined) {
    checkPort(this);
    if (typeof callback === 'function') this.once('close', callback);
    if (this[kClosed]) return;
    const peer = this[kPeer];
    // Both ports still receive what was sent before the close, then 'close'.
    this[kClosed] = true;
    enqueue(this, { close: true });
    if (peer !== null && !peer[kClosed]) {
      // The peer hears of it (its 'close') only if it is receiving.
      peer[kClosed] = true;
      if (peer[kStarted]) enqueue(peer, { close: true });
      else finishClose(peer, false);
    }
  }

  ref() {
    checkPort(this);
    setRef(this, true);
  }

  unref() {
    checkPort(this);
    setRef(this, false);
  }

  hasRef() {
    checkPort(this);
    return this[kRefd];
  }

  [kNewListener](size, type) {
    if (type === 'message' && size === 1) {
      this.ref();
      this.start();
    }
  }

  [kRemoveListener](size, type) {
    // With no one listening the port stops receiving: later messages wait
    // for the next listener instead of being lost.
    if (type === 'message' && size === 0) {
      this[kStarted] = false;
      this.unref();
    }
  }

  // [kTransfer](true) only tells what would prevent the move.
  [kTransfer](check = false) {
    if (check) return this[kClosed] ? 'MessagePort in transfer list is already detached' : undefined;
    const moved = new InternalPort(kSkip);
    const peer = this[kPeer];
    moved[kPeer] = peer;
    if (peer !== null) peer[kPeer] = moved;
    moved[kBacklog] = this[kBacklog];
    if (waiting.delete(this)) waiting.add(moved);
    for (const turn of round) if (turn.target === this) turn.target = moved;
    this[kBacklog] = [];
    this[kPeer] = null;
    this[kClosed] = true;
    setRef(this, false);
    transferred.set(this, moved);
    return moved;
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return 'MessagePort';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `MessagePort ${inspect({ active: !this[kClosed], refed: this[kRefd] }, opts)}`;
  }
}
defineEventHandler(InternalPort.prototype, 'message');
defineEventHandler(InternalPort.prototype, 'messageerror');

// The public MessagePort cannot be constructed, called or not; ports come
// from MessageChannel.
function MessagePort() {
  const err = new TypeError('Constructor cannot be called');
  err.code = 'ERR_CONSTRUCT_CALL_INVALID';
  throw err;
}
MessagePort.prototype = InternalPort.prototype;
Object.defineProperty(InternalPort.prototype, 'constructor', {
  __proto__: null, value: MessagePort, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(MessagePort, NodeEventTarget);

// The port each transferred port became, for the event's ports list.
const transferred = new WeakMap();

function checkPort(port) {
  if (port == null || typeof port !== 'object' || !(kBacklog in port)) throw new ERR_INVALID_THIS('MessagePort');
}

function transferList(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer === 'object' && typeof transfer[Symbol.iterator] !== 'function') {
    const list = transfer.transfer;
    if (list === undefined) return [];
    return iterate(list, 'Optional options.transfer argument must be an iterable');
  }
  return iterate(transfer, 'Optional transferList argument must be an iterable');
}

// The items of an iterable; anything that fails to iterate is Node's TypeError.
function iterate(list, message) {
  if (list !== null && typeof list === 'object' && typeof list[Symbol.iterator] === 'function') {
    try {
      return [...list];
    } catch {
      // fall through: a broken iterator
    }
  }
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function setRef(port, refd) {
  if (port[kClosed] && refd) return;
  if (port[kRefd] === refd) return;
  port[kRefd] = refd;
  if (refd) binding.ref();
  else binding.unref();
}

function finishClose(port, emit = true) {
  const peer = port[kPeer];
  if (peer !== null && peer[kPeer] === port) peer[kPeer] = null;
  port[kPeer] = null;
  port[kBacklog] = [];
  setRef(port, false);
  if (emit) port.dispatchEvent(new Event('close'));
}

// ---- MessageChannel -------------------------------------------------------------------

// A function rather than a class, so that calling it without new fails
// with Node's code rather than the engine's.
function MessageChannel() {
  if (new.target === undefined) {
    const err = new TypeError('Cannot call constructor without `new`');
    err.code = 'ERR_CONSTRUCT_CALL_REQUIRED';
    throw err;
  }
  const port1 = new InternalPort(kSkip);
  const port2 = new InternalPort(kSkip);
  port1[kPeer] = port2;
  port2[kPeer] = port1;
  Object.defineProperty(this, 'port1', { __proto__: null, value: port1, enumerable: true, configurable: true });
  Object.defineProperty(this, 'port2', { __proto__: null, value: port2, enumerable: true, configurable: true });
}

// worker_threads.receiveMessageOnPort: the port's next message, taken now.
function receiveMessageOnPort(port) {
  if (port == null || typeof port !== 'object' || !(kPeer in port)) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const queue = port[kBacklog];
  const index = queue.findIndex((item) => !item.close);
  if (index < 0) return undefined;
  return { message: queue.splice(index, 1)[0].data };
}

// ---- BroadcastChannel ---------------------------------------------------------------

const channels = new Map();

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kId] = nextTargetId++;
    this[kName] = `${name}`;
    this[kClosed] = false;
    this[kStarted] = true;
    this[kBacklog] = [];
    this[kRefd] = false;
    let set = channels.get(this[kName]);
    if (set === undefined) channels.set(this[kName], set = new Set());
    set.add(this);
    setRef(this, true);
  }

  get name() {
    checkChannel(this);
    return this[kName];
  }

  close() {
    checkChannel(this);
    if (this[kClosed]) return;
    this[kClosed] = true;
    this[kBacklog].length = 0;
    const set = channels.get(this[kName]);
    set.delete(this);
    if (set.size === 0) channels.delete(this[kName]);
    dropRef(this);
  }

  postMessage(message) {
    checkChannel(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kClosed]) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    for (const other of channels.get(this[kName]) ?? []) {
      if (other !== this) enqueue(other, { data: cloneWithTransfer(message, []), ports: [] });
    }
  }

  ref() {
    checkChannel(this);
    setRef(this, true);
    return this;
  }

  unref() {
    checkChannel(this);
    setRef(this, false);
    return this;
  }

  [inspect.custom](depth, options) {
    checkChannel(this);
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: this[kName], active: !this[kClosed] }, opts)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
Object.defineProperty(BroadcastChannel.prototype, 'name', { __proto__: null, enumerable: true });

function dropRef(channel) {
  if (channel[kRefd]) {
    channel[kRefd] = false;
    binding.unref();
  }
}

function checkChannel(channel) {
  if (channel == null || typeof channel !== 'object' || !(kName in channel)) {
    throw new ERR_INVALID_THIS('BroadcastChannel');
  }
}

module.exports = { MessageChannel, MessagePort, MessageEvent, BroadcastChannel, receiveMessageOnPort };
