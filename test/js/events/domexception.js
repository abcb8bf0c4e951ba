'use strict';
const d = new DOMException('msg', 'AbortError');
console.log(d.name, d.message, d.code, d instanceof Error, d instanceof DOMException, String(d));
console.log(d.stack.split('\n')[0]);
console.log(new DOMException('t', 'TimeoutError').code, new DOMException('c', 'DataCloneError').code, new DOMException('x', 'Custom').code);
const e = new DOMException();
console.log(JSON.stringify(e.name), JSON.stringify(e.message), e.code);
const c = new DOMException('with cause', { name: 'NotFoundError', cause: 'because' });
console.log(c.name, c.code, c.cause, JSON.stringify(Object.getOwnPropertyDescriptor(c, 'cause')));
console.log(new DOMException('o', {}).name);
console.log(DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR, d.INDEX_SIZE_ERR);
console.log(JSON.stringify(Object.keys(DOMException.prototype).slice(0, 5)), Object.keys(DOMException).length);
console.log(JSON.stringify(Object.getOwnPropertyNames(d)));
const desc = Object.getOwnPropertyDescriptor(globalThis, 'DOMException');
console.log(desc.enumerable, desc.writable, desc.configurable, Object.keys(globalThis).includes('DOMException'));
try { Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(Object.prototype.toString.call(d));
