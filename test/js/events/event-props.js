'use strict';
const e = new Event('foo', { bubbles: true, cancelable: true, composed: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted, e.eventPhase);
console.log(typeof e.timeStamp, e.timeStamp >= 0, e.target, e.currentTarget, e.srcElement, e.returnValue, e.cancelBubble);
console.log(JSON.stringify(e.composedPath()), Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
e.cancelBubble = true;
console.log(e.cancelBubble);
e.returnValue = false;
console.log(e.defaultPrevented, e.returnValue);
const n = new Event('nc');
n.preventDefault();
console.log(n.defaultPrevented, n.returnValue);
console.log(JSON.stringify(Object.keys(Event.prototype)));
console.log(JSON.stringify(Object.getOwnPropertyNames(e)));
try { Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}); } catch (err) { console.log(err.code, err.message); }
const c = new CustomEvent('c', { detail: { a: 1 } });
console.log(c instanceof Event, JSON.stringify(c.detail), new CustomEvent('d').detail, c.type);
const t = new EventTarget();
t.addEventListener('foo', (ev) => {
  console.log('inside', ev.eventPhase, ev.composedPath().length, ev.composedPath()[0] === t, ev.currentTarget === t, ev.srcElement === t);
});
t.dispatchEvent(new Event('foo'));
console.log(new Event(1).type, new Event(null).type, new Event(undefined).type);
try { new Event('x', 5); } catch (err) { console.log(err.code); }
