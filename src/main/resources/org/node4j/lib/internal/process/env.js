// process.env: a live object whose values are always strings, as in Node.
'use strict';

function createEnv(initial) {
  const store = { __proto__: null };
  for (const key of Object.keys(initial)) store[key] = String(initial[key]);
  return new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      target[key] = String(value);
      return true;
    },
    defineProperty(target, key, descriptor) {
      if ('get' in descriptor || 'set' in descriptor) {
        const { ERR_INVALID_OBJECT_DEFINE_PROPERTY } = require('internal/errors').codes;
        if (ERR_INVALID_OBJECT_DEFINE_PROPERTY) throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env', "'process.env' does not accept an accessor(getter/setter) descriptor");
        throw new TypeError("'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      Reflect.defineProperty(target, key, {
        value: String(descriptor.value), writable: true, enumerable: true, configurable: true,
      });
      return true;
    },
    getOwnPropertyDescriptor(target, key) {
      const d = Reflect.getOwnPropertyDescriptor(target, key);
      return d;
    },
  });
}

module.exports = { createEnv };
