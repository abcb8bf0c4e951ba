'use strict';
// diagnostics_channel: channels by name or symbol, subscribe/unsubscribe while
// publishing, subscriber errors reported asynchronously, Channel identity.
const dc = require('diagnostics_channel');
const { Channel } = dc;
console.log(Object.keys(dc).join(' '));
const ch = dc.channel('a');
console.log(ch instanceof Channel, ch.hasSubscribers, dc.hasSubscribers('a'), dc.channel('a') === ch, ch);
const seen = [];
const one = (msg, name) => { seen.push(['one', msg, name]); dc.unsubscribe('a', one); };
const two = (msg, name) => seen.push(['two', msg, name]);
ch.subscribe(one);
dc.subscribe('a', two);
console.log(ch.hasSubscribers, dc.hasSubscribers('a'), ch instanceof Channel, Object.getPrototypeOf(ch) === Channel.prototype);
ch.publish(1);
ch.publish(2);
console.log(JSON.stringify(seen), ch.unsubscribe(one), ch.unsubscribe(two), ch.unsubscribe(two), ch.hasSubscribers);
const sym = Symbol('s');
console.log(dc.channel(sym).name === sym);
for (const f of [() => dc.channel(1), () => ch.subscribe(1), () => dc.tracingChannel(0),
  () => dc.tracingChannel({ start: '' }), () => dc.tracingChannel({})]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message.split(':')[0]); }
}
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
const failing = dc.channel('fail');
failing.subscribe(() => { throw new Error('boom'); });
failing.subscribe(() => console.log('second subscriber still runs'));
failing.publish({});
console.log('publish returned');
const store = { value: undefined, run(v, fn) { const old = this.value; this.value = v; try { return fn(); } finally { this.value = old; } } };
const sc = dc.channel('stores');
sc.bindStore(store, (data) => data.id);
sc.subscribe(() => console.log('in store', store.value));
console.log(sc.runStores({ id: 7 }, function (x) { return [this.t, x, store.value]; }, { t: 'this' }, 'arg'));
console.log(sc.unbindStore(store), sc.unbindStore(store));
