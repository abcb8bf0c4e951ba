'use strict';
// util.aborted, transferable signals, util.diff, util/types, the key list.
const util = require('util');
console.log(Object.keys(util).join(' '));
console.log(require('util/types') === util.types, require('node:util/types') === util.types);
console.log(JSON.stringify(util.diff('kitten', 'sitting')), JSON.stringify(util.diff(['a', 'b'], ['b'])));
console.log(JSON.stringify(util.diff('same', 'same')));
try { util.diff(1, 'a'); } catch (e) { console.log(e.code, e.message); }
const ac = new AbortController();
console.log(util.transferableAbortSignal(ac.signal) === ac.signal, util.transferableAbortController() instanceof AbortController);
try { util.transferableAbortSignal({}); } catch (e) { console.log(e.code, e.message); }
util.aborted(ac.signal, {}).then((ev) => console.log('aborted with', ev.type));
util.aborted({}, {}).catch((e) => console.log(e.code, e.message));
util.aborted(ac.signal, 1).catch((e) => console.log(e.code, e.message));
util.aborted(AbortSignal.abort(), []).then((v) => console.log('already', v));
ac.abort();
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend.length, util.setTraceSigInt(false));
