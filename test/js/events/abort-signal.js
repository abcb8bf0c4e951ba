'use strict';
const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, signal instanceof EventTarget, typeof signal.onabort, signal.onabort);
const log = [];
signal.onabort = function(e) { log.push('onabort:' + e.type + ':' + e.isTrusted + ':' + (this === signal)); };
signal.addEventListener('abort', (e) => log.push('listener:' + (e.target === signal)));
ac.abort();
ac.abort('again');
console.log(log.join(','));
console.log(signal.aborted, signal.reason.name, signal.reason.code, signal.reason.message, signal.reason instanceof DOMException);
try { signal.throwIfAborted(); } catch (err) { console.log('thrown', err === signal.reason); }
const a2 = new AbortController();
a2.abort('custom');
console.log(a2.signal.reason);
const s = AbortSignal.abort(42);
console.log(s.aborted, s.reason);
console.log(AbortSignal.abort().reason.message);
try { new AbortSignal(); } catch (err) { console.log(err.code, err.message); }
try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}); } catch (err) { console.log(err.code, err.message); }
console.log(JSON.stringify(Object.keys(AbortSignal.prototype)), JSON.stringify(Object.keys(AbortController.prototype)));
console.log(Object.prototype.toString.call(signal), Object.prototype.toString.call(ac));
console.log(require('events').getMaxListeners(signal));
const a3 = new AbortController();
a3.signal.onabort = () => console.log('replaced? no');
a3.signal.onabort = () => console.log('replacement handler');
a3.signal.onabort = null;
a3.signal.onabort = () => console.log('set after null');
a3.abort();
