// Map and Set iterators print what they have left to yield, read without
// advancing them; keys()/values() as [Map Iterator], entries() as [Map Entries].
'use strict';
const util = require('util');
const m = new Map([['a', 1], ['b', { c: 2 }], [3, [4]]]);
const it = m.entries();
it.next();
console.log(m.keys(), m.values(), m.entries(), it, it.next(), [...it]);
const s = new Set([1, 'two', { three: 3 }]);
console.log(s.values(), s.entries(), util.inspect(s.keys(), { maxArrayLength: 1 }));
const exhausted = new Set([1]).values();
exhausted.next();
console.log(new Map().keys(), new Set([1]).values().next(), exhausted);
console.log(util.inspect(new Map([[1, 2]]).entries(), { depth: -1 }),
            util.inspect({ a: new Map([[{ x: 1 }, 2]]).entries() }, { depth: 0 }));
console.log(new WeakMap([[{}, 1]]), new WeakSet());
