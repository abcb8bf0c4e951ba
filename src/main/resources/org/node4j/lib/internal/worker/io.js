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
  ERR_CONSTRUCT_CALL_INVALID, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const {
  Event, NodeEventTarget, EventTarget, defineEventHandler, kNodeStyleValue,
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

// {target, data, ports} messages and {target, close: true} close steps, in posting order.
const queue = [];
let roundLeft = 0;

function enqueue(item) {
  queue.push(item);
  binding.schedule();
}

// Called by the loop until it returns false: one queued item per call.
function drainOne() {
  if (roundLeft === 0) roundLeft = queue.length;
  if (roundLeft === 0) return false;
  roundLeft--;
  const item = queue.shift();
  if (item.close) finishClose(item.target);
  else if (!item.target[kClosed]) {
    if (item.target[kStarted]) dispatchMessage(item.target, item);
    else item.target[kBacklog].push(item);
  }
  if (roundLeft > 0) return true;
  if (queue.length > 0) binding.schedule();
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

class MessagePort extends NodeEventTarget {
  constructor(skip) {
    if (skip !== kSkip) throw new ERR_CONSTRUCT_CALL_INVALID();
    super();
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
    const data = cloneWithTransfer(message, list, this);
    const peer = this[kPeer];
    if (this[kClosed] || peer === null) return;
    enqueue({ target: peer, data, ports: list.filter((p) => p instanceof MessagePort).map((p) => transferred.get(p)) });
  }

  start() {
    checkPort(this);
    if (this[kStarted] || this[kClosed]) return;
    this[kStarted] = true;
    const backlog = this[kBacklog];
    this[kBacklog] = [];
    if (backlog.length > 0) {
      queue.unshift(...backlog);
      binding.schedule();
    }
  }

  close() {
    checkPort(this);
    if (this[kClosed]) return;
    const peer = this[kPeer];
    markClosed(this);
    enqueue({ target: this, close: true });
    if (peer !== null && !peer[kClosed]) {
      markClosed(peer);
      enqueue({ target: peer, close: true });
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

  _newListenerHook(size, type) {
    if (type === 'message' && size === 1) {
      this.ref();
      this.start();
    }
  }

  _removeListenerHook(size, type) {
    if (type === 'message' && size === 0) this.unref();
  }

  [kTransfer]() {
    if (this[kClosed]) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('MessagePort was found in message but not listed in transferList', 'DataCloneError');
    }
    const moved = new MessagePort(kSkip);
    const peer = this[kPeer];
    moved[kPeer] = peer;
    if (peer !== null) peer[kPeer] = moved;
    moved[kBacklog] = this[kBacklog];
    for (const item of queue) if (item.target === this) item.target = moved;
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
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

// The port each transferred port became, for the event's ports list.
const transferred = new WeakMap();

function checkPort(port) {
  if (port == null || typeof port !== 'object' || !(kBacklog in port)) throw new ERR_INVALID_THIS('MessagePort');
}

function transferList(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer === 'object' && typeof transfer[Symbol.iterator] !== 'function') {
    const list = transfer.transfer;
    if (list === undefined || list === null) return [];
    if (typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
      const err = new TypeError('Optional options.transfer argument must be an iterable');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    return [...list];
  }
  if (typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    const err = new TypeError('Optional transferList argument must be an iterable');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return [...transfer];
}

function setRef(port, refd) {
  if (port[kClosed] && refd) return;
  if (port[kRefd] === refd) return;
  port[kRefd] = refd;
  if (refd) binding.ref();
  else binding.unref();
}

// Sending stops at once; 'close' comes when the queue reaches the close step.
function markClosed(port) {
  port[kClosed] = true;
}

function finishClose(port) {
  const peer = port[kPeer];
  if (peer !== null && peer[kPeer] === port) peer[kPeer] = null;
  port[kPeer] = null;
  port[kBacklog] = [];
  setRef(port, false);
  port.dispatchEvent(new Event('close'));
}

// ---- MessageChannel -------------------------------------------------------------------

class MessageChannel {
  constructor() {
    const port1 = new MessagePort(kSkip);
    const port2 = new MessagePort(kSkip);
    port1[kPeer] = port2;
    port2[kPeer] = port1;
    Object.defineProperty(this, 'port1', { __proto__: null, value: port1, enumerable: true, configurable: true });
    Object.defineProperty(this, 'port2', { __proto__: null, value: port2, enumerable: true, configurable: true });
  }
}

// worker_threads.receiveMessageOnPort: the port's next message, taken now.
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  let item = port[kBacklog].shift();
  if (item === undefined) {
    const index = queue.findIndex((q) => q.target === port && !q.close);
    if (index < 0) return undefined;
    item = queue.splice(index, 1)[0];
    if (roundLeft > 0 && index < roundLeft) roundLeft--;
  }
  return { message: item.data };
}

// ---- BroadcastChannel ---------------------------------------------------------------

const channels = new Map();

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
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
      if (other !== this) enqueue({ target: other, data: cloneWithTransfer(message, []), ports: [] });
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
