// structuredClone for plain data: objects, arrays, primitives, Date, RegExp,
// Map, Set, ArrayBuffer and typed arrays, errors, with cycles preserved; plus
// the transfer list (ArrayBuffers are detached, MessagePorts moved) and the
// platform objects that know how to clone themselves ([kClone]).
'use strict';

// A platform object's own clone (histograms share their data with the clone).
const kClone = Symbol('kClone');
// A transferable platform object (MessagePort): [kTransfer]() moves it and
// returns the object the receiver gets.
const kTransfer = Symbol('kTransfer');

function structuredClone(value, options = undefined) {
  const { ERR_MISSING_ARGS } = require('internal/errors').codes;
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw typeError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
    }
    transfer = options.transfer;
    if (transfer !== undefined && (transfer === null || typeof transfer[Symbol.iterator] !== 'function')) {
      throw typeError("Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
    }
  }
  return cloneWithTransfer(value, transfer === undefined ? [] : [...transfer]);
}

function typeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// Clone value for a receiver, transferring what the list names. Everything is
// validated before anything is detached, so a failed call leaves no trace.
function cloneWithTransfer(value, transferList, sourcePort = undefined) {
  const seen = new Map();
  const moves = [];
  for (const item of transferList) {
    if (item instanceof ArrayBuffer) {
      if (moves.some((m) => m === item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer', true);
      if (item.detached) throw dataCloneError('Cannot transfer object of unsupported type.', true);
    } else if (item !== null && typeof item === 'object' && typeof item[kTransfer] === 'function') {
      if (item === sourcePort) throw dataCloneError('Transfer list contains source port', true);
      if (moves.includes(item)) throw dataCloneError('Transfer list contains duplicate MessagePort', true);
      const problem = item[kTransfer](true);
      if (problem) throw dataCloneError(problem, true);
    } else {
      throw dataCloneError('Found invalid value in transferList.', true);
    }
    moves.push(item);
  }
  const transferring = new Set(moves);
  checkTransferables(value, transferring, new Set(), seen);
  for (const item of moves) {
    seen.set(item, item instanceof ArrayBuffer ? item.transfer() : item[kTransfer]());
  }
  return clone(value, seen);
}

// A MessagePort reached from the message must be in the transfer list.
// Views remember their window before their buffer is detached (in views).
const views = new WeakMap();
function checkTransferables(value, transferring, visited) {
  if (value === null || typeof value !== 'object' || visited.has(value)) return;
  visited.add(value);
  if (typeof value[kTransfer] === 'function') {
    if (!transferring.has(value)) {
      throw dataCloneError('Object that needs transfer was found in message but not listed in transferList', true);
    }
    return;
  }
  if (ArrayBuffer.isView(value)) {
    views.set(value, { byteOffset: value.byteOffset, byteLength: value.byteLength, length: value.length });
    return;
  }
  if (value instanceof ArrayBuffer) return;
  if (value instanceof Map) {
    for (const [k, v] of value) {
      checkTransferables(k, transferring, visited);
      checkTransferables(v, transferring, visited);
    }
  } else if (value instanceof Set) {
    for (const v of value) checkTransferables(v, transferring, visited);
  } else {
    for (const key of Object.keys(value)) checkTransferables(value[key], transferring, visited);
  }
}

// A real DOMException, not just an object with its prototype: the brand
// check behind its name getter decides.
function isDOMException(value) {
  const { DOMException } = require('internal/per_context/domexception');
  if (!(value instanceof DOMException)) return false;
  try {
    Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call(value);
    return true;
  } catch {
    return false;
  }
}

function isDOMExceptionImpostor(value) {
  const { DOMException } = require('internal/per_context/domexception');
  return value instanceof DOMException;
}

function dataCloneError(what, verbatim = false) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(verbatim ? what : `${what} could not be cloned.`, 'DataCloneError');
}

function clone(value, seen) {
  if (typeof value === 'function') throw dataCloneError(String(value));
  if (typeof value === 'symbol') throw dataCloneError(String(value));
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  let out;
  if (typeof value[kClone] === 'function') {
    out = value[kClone]();
    seen.set(value, out);
    return out;
  }
  if (Array.isArray(value)) {
    out = new Array(value.length);
    seen.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], seen);
    return out;
  }
  // Within one thread a SharedArrayBuffer is shared by handing over the same object.
  if (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer) return value;
  if (value instanceof Date) out = new Date(value.getTime());
  else if (value instanceof RegExp) out = new RegExp(value.source, value.flags);
  else if (value instanceof ArrayBuffer) out = value.slice(0);
  else if (ArrayBuffer.isView(value)) {
    const window = views.get(value) ?? value;
    const buffer = clone(value.buffer, seen);
    const Ctor = value instanceof DataView ? DataView : Object.getPrototypeOf(Uint8Array).isPrototypeOf(value.constructor) ? value.constructor : Uint8Array;
    out = Ctor === DataView ? new DataView(buffer, window.byteOffset, window.byteLength) :
      new Ctor(buffer, window.byteOffset, window.length);
  } else if (value instanceof Map) {
    out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(clone(k, seen), clone(v, seen));
    return out;
  } else if (value instanceof Set) {
    out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(clone(v, seen));
    return out;
  } else if (isDOMException(value)) {
    const { DOMException } = require('internal/per_context/domexception');
    out = new DOMException(value.message, value.name);
    Object.defineProperty(out, 'stack', {
      __proto__: null, value: value.stack, writable: true, enumerable: false, configurable: true,
    });
  } else if (value instanceof Error && !isDOMExceptionImpostor(value)) {
    const Ctor = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]
      .find((C) => value instanceof C) || Error;
    out = new Ctor(value.message);
    if (value.stack !== undefined) out.stack = value.stack;
    if ('cause' in value) out.cause = clone(value.cause, seen);
  } else if (value instanceof Boolean || value instanceof Number || value instanceof String) {
    out = Object(value.valueOf());
  } else if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet) {
    throw dataCloneError(`#<${value.constructor.name}>`);
  } else {
    out = {};
    seen.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], seen);
    return out;
  }
  seen.set(value, out);
  return out;
}

module.exports = { structuredClone, cloneWithTransfer, kClone, kTransfer };
