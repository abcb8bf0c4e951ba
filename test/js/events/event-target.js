'use strict';
const t = new EventTarget();
const log = [];
function a(e) { log.push('a:' + e.type + ':' + (this === t) + ':' + e.eventPhase); }
const obj = { handleEvent(e) { log.push('obj:' + (this === obj)); } };
t.addEventListener('x', a);
t.addEventListener('x', a); // duplicate ignored
function cap(e) { log.push('cap:' + e.type); }
t.addEventListener('x', cap, true);
t.addEventListener('x', cap, { capture: true });
t.addEventListener('x', obj);
t.addEventListener('x', () => log.push('once'), { once: true });
t.addEventListener('x', (e) => { e.preventDefault(); log.push('passive:' + e.defaultPrevented); }, { passive: true });
console.log(t.dispatchEvent(new Event('x', { cancelable: true })));
console.log(log.join(','));
log.length = 0;
t.removeEventListener('x', a);
t.removeEventListener('x', cap, { capture: true });
t.dispatchEvent(new Event('x'));
console.log(log.join(','));
// stopImmediatePropagation, preventDefault, return value
const t2 = new EventTarget();
t2.addEventListener('y', (e) => { e.preventDefault(); e.stopImmediatePropagation(); });
t2.addEventListener('y', () => console.log('not called'));
const ev = new Event('y', { cancelable: true });
console.log(t2.dispatchEvent(ev), ev.defaultPrevented, ev.returnValue, ev.target === t2, ev.currentTarget, ev.eventPhase);
try { t2.dispatchEvent(ev); console.log('redispatch ok'); } catch (err) { console.log(err.code); }
// listener added during dispatch is not called; removed one is skipped
const t3 = new EventTarget();
const order = [];
function r() { order.push('r'); }
t3.addEventListener('z', () => { order.push('1'); t3.addEventListener('z', () => order.push('late')); t3.removeEventListener('z', r); });
t3.addEventListener('z', r);
t3.dispatchEvent(new Event('z'));
t3.dispatchEvent(new Event('z'));
console.log(order.join(','));
// signal option
const ac = new AbortController();
t3.addEventListener('s', () => console.log('s listener'), { signal: ac.signal });
t3.dispatchEvent(new Event('s'));
ac.abort();
t3.dispatchEvent(new Event('s'));
t3.addEventListener('s', () => console.log('never added'), { signal: ac.signal });
t3.dispatchEvent(new Event('s'));
// recursion
const t4 = new EventTarget();
t4.addEventListener('r', (e) => { try { t4.dispatchEvent(e); } catch (err) { console.log(err.code, err.message); } });
t4.dispatchEvent(new Event('r'));
// errors
for (const fn of [() => t4.addEventListener('x'), () => t4.dispatchEvent({}), () => t4.addEventListener('x', 1),
  () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')), () => new Event()]) {
  try { fn(); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log(Object.prototype.toString.call(t), Object.prototype.toString.call(new Event('e')));
