// process.env: a live object whose values are always strings, as in Node.
'use strict';

// Node's env object is not a plain object: its prototype is its own, with an
// anonymous constructor, above Object.prototype.
const envPrototype = Object.create(Object.prototype, {
  constructor: { __proto__: null, value: function() {}, writable: true, configurable: true },
});

// Values become strings the way a C++ string conversion would: symbols refuse.
function toEnvString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

function defineError(message) {
  const { ERR_INVALID_OBJECT_DEFINE_PROPERTY } = require('internal/errors').codes;
  if (ERR_INVALID_OBJECT_DEFINE_PROPERTY) return new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env', message);
  const err = new TypeError(`'process.env' ${message}`);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', writable: true, enumerable: true, configurable: true,
  });
  err.stack = err.stack.replace(/^TypeError/, 'TypeError [ERR_INVALID_OBJECT_DEFINE_PROPERTY]');
  return err;
}

function createEnv(initial) {
  const store = { __proto__: null };
  for (const key of Object.keys(initial)) store[key] = String(initial[key]);
  return new Proxy(store, {
    get(target, key, receiver) {
      if (typeof key === 'string' && Object.hasOwn(target, key)) return target[key];
      return Reflect.get(envPrototype, key, receiver);
    },
    has(target, key) {
      return Object.hasOwn(target, key) || key in envPrototype;
    },
    getPrototypeOf() {
      return envPrototype;
    },
    set(target, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      const text = toEnvString(value);
      // setenv() refuses an empty name: the assignment is dropped, as in node.
      if (key !== '') target[key] = text;
      return true;
    },
    defineProperty(target, key, descriptor) {
      if ('get' in descriptor || 'set' in descriptor) {
        throw defineError("does not accept an accessor(getter/setter) descriptor");
      }
      if (!descriptor.configurable || !descriptor.writable || !descriptor.enumerable) {
        throw defineError('only accepts a configurable, writable, and enumerable data descriptor');
      }
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      Reflect.defineProperty(target, key, {
        value: toEnvString(descriptor.value), writable: true, enumerable: true, configurable: true,
      });
      return true;
    },
    getOwnPropertyDescriptor(target, key) {
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

module.exports = { createEnv };
