// What only the engine knows: a promise's state and value, a proxy's target
// and handler. Inspecting a proxy must not run its traps.
'use strict';
const util = require('util');

const rejected = Promise.reject(new RangeError('no'));
rejected.catch(() => {});
console.log(Promise.resolve(42), new Promise(() => {}), Promise.resolve({ a: [1, { b: { c: 2 } }] }));
console.log(util.inspect(rejected).split('\n')[0]);
console.log(util.inspect(Promise.resolve('x'), { colors: true }));
console.log(util.inspect({ nested: Promise.resolve([1, 2]) }));

const target = { x: 1 };
const trapped = new Proxy(target, {
  get() { throw new Error('get trap ran'); },
  ownKeys() { throw new Error('ownKeys trap ran'); },
  getPrototypeOf() { throw new Error('getPrototypeOf trap ran'); },
});
console.log(trapped);
console.log(util.inspect(trapped, { showProxy: true }));
console.log(util.inspect(new Proxy([1, 2, 3], {}), { showProxy: true }));
console.log(util.inspect(new Proxy(new Proxy({}, {}), {}), { showProxy: true, depth: 0 }));
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
console.log(revoked, util.inspect(revoked, { showProxy: true }));

const t = util.types;
console.log(t.isProxy(trapped), t.isProxy(target), t.isProxy(revoked), t.isProxy(1));
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }), t.isPromise(Object.create(Promise.prototype)));
console.log(t.isNativeError(new TypeError()), t.isNativeError(Object.create(Error.prototype)),
            t.isNativeError(new (class extends Error {})()), t.isNativeError(trapped));
console.log(Object.prototype.toString.call(process));
