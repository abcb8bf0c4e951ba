'use strict';
const start = Date.now();
const t = AbortSignal.timeout(20);
t.addEventListener('abort', () => {
  console.log('timeout fired', t.reason.name, t.reason.code, t.reason.message, Date.now() - start >= 15);
});
// unref'd: a lone timeout signal does not keep the process alive
AbortSignal.timeout(100000);
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
const any2 = AbortSignal.any([any, t]);
const order = [];
a1.signal.addEventListener('abort', () => order.push('a1'));
any.addEventListener('abort', () => order.push('any:' + any.reason));
any2.addEventListener('abort', () => order.push('any2:' + any2.reason));
a2.signal.addEventListener('abort', () => order.push('a2'));
setTimeout(() => {
  a1.abort('R1');
  a2.abort('R2');
  console.log(order.join(','), any.aborted, any2.aborted);
}, 40);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre'), AbortSignal.abort('later')]);
console.log(pre.aborted, pre.reason);
console.log(AbortSignal.any([]).aborted);
try { AbortSignal.any([1]); } catch (err) { console.log(err.code, err.message); }
try { AbortSignal.timeout(-1); } catch (err) { console.log(err.code, err.message); }
try { AbortSignal.timeout('1'); } catch (err) { console.log(err.code); }
