// structuredClone for plain data: objects, arrays, primitives, Date, RegExp,
// Map, Set, ArrayBuffer and typed arrays, errors, with cycles preserved.
'use strict';

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const { ERR_MISSING_ARGS } = require('internal/errors').codes;
    throw new ERR_MISSING_ARGS('value');
  }
  void options;
  return clone(value, new Map());
}

function dataCloneError(what) {
  const err = new Error(`${what} could not be cloned.`);
  err.name = 'DataCloneError';
  err.code = 25;
  return err;
}

function clone(value, seen) {
  if (typeof value === 'function') throw dataCloneError(String(value));
  if (typeof value === 'symbol') throw dataCloneError(String(value));
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  let out;
  if (Array.isArray(value)) {
    out = new Array(value.length);
    seen.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], seen);
    return out;
  }
  if (value instanceof Date) out = new Date(value.getTime());
  else if (value instanceof RegExp) out = new RegExp(value.source, value.flags);
  else if (value instanceof ArrayBuffer) out = value.slice(0);
  else if (ArrayBuffer.isView(value)) {
    const buffer = clone(value.buffer, seen);
    const Ctor = value instanceof DataView ? DataView : Object.getPrototypeOf(Uint8Array).isPrototypeOf(value.constructor) ? value.constructor : Uint8Array;
    out = Ctor === DataView ? new DataView(buffer, value.byteOffset, value.byteLength) :
      new Ctor(buffer, value.byteOffset, value.length);
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
  } else if (value instanceof Error) {
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

module.exports = { structuredClone };
