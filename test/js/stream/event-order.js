// Event order of end/finish/close/error and callbacks, tick by tick.
'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');

const log = [];
function trace(name, s, events) {
  for (const ev of events) s.on(ev, (a) => log.push(`${name}:${ev}${a instanceof Error ? ` ${a.code || a.message}` : ''}`));
}

// Readable: end then close.
const r = new Readable({ read() {} });
trace('r', r, ['end', 'close', 'error', 'pause', 'resume']);
r.on('data', (d) => log.push(`r:data ${d}`));
r.push('a');
r.push(null);

// Writable: callbacks, finish, close.
const w = new Writable({
  write(c, e, cb) { log.push(`w:_write ${c}`); cb(); },
  final(cb) { log.push('w:_final'); cb(); },
});
trace('w', w, ['prefinish', 'finish', 'close', 'error', 'drain']);
w.write('x', () => log.push('w:write cb'));
w.end('y', () => log.push('w:end cb'));

// Destroy with an error: error, then close.
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
trace('d', d, ['end', 'finish', 'close', 'error']);
d.destroy(new Error('boom'), ) ;

// Write after end.
const w2 = new Writable({ write(c, e, cb) { cb(); } });
trace('w2', w2, ['finish', 'close', 'error']);
w2.end();
w2.write('late', (err) => log.push(`w2:write cb ${err && err.code}`));

// Push after EOF.
const r2 = new Readable({ read() {} });
trace('r2', r2, ['end', 'close', 'error']);
r2.push(null);
r2.push('late');

// Transform with flush.
const t = new Transform({
  transform(c, e, cb) { cb(null, c.toString().toUpperCase()); },
  flush(cb) { log.push('t:flush'); cb(null, '!'); },
});
trace('t', t, ['end', 'finish', 'close', 'prefinish']);
t.on('data', (c) => log.push(`t:data ${c}`));
t.end('abc');

// A write error in _write.
const w3 = new Writable({ write(c, e, cb) { cb(new Error('nope')); } });
trace('w3', w3, ['finish', 'close', 'error']);
w3.write('q', (err) => log.push(`w3:write cb ${err && err.message}`));

process.nextTick(() => log.push('--tick--'));
setImmediate(() => log.push('--immediate--'));
process.on('exit', () => console.log(log.join('\n')));
