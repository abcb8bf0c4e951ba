// BroadcastChannel by name within the process: delivery to the others of the
// same name, order, close, unref, errors.
'use strict';
const { BroadcastChannel } = require('worker_threads');

const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('news');
const other = new BroadcastChannel('other');
console.log(a.name, require('util').inspect(a));
for (const [label, ch] of [['a', a], ['b', b], ['c', c]]) {
  ch.onmessage = (e) => {
    console.log(label, 'got', e.data, e.constructor.name);
    if (e.data === 'done' && label === 'c') {
      a.close(); b.close(); c.close();
      console.log('closed', require('util').inspect(a));
      try { a.postMessage('x'); } catch (err) { console.log(err.name, err.message); }
    }
  };
}
other.onmessage = () => console.log('other must not get this');
other.unref();
a.postMessage('from a');
c.postMessage({ from: 'c' });
b.postMessage('done');
try { new BroadcastChannel(); } catch (e) { console.log(e.code, e.message); }
