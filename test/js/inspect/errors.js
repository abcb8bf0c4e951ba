'use strict';
const { inspect } = require('util');
const log = (v) => console.log(inspect(v));
function mk(Ctor, msg, stack) { const e = new Ctor(msg); e.stack = stack; return e; }
log(mk(Error, 'plain', 'Error: plain\n    at foo (/x/y.js:1:2)\n    at bar (/x/z.js:3:4)'));
log(mk(TypeError, 'bad', 'TypeError: bad\n    at foo (/x/y.js:1:2)'));
log(mk(Error, 'nostack', 'Error: nostack'));
const e1 = mk(Error, 'with code', 'Error: with code\n    at foo (/x/y.js:1:2)'); e1.code = 'X'; log(e1);
const e2 = mk(Error, 'props', 'Error: props'); e2.code = 'E_CODE'; e2.errno = -2; log(e2);
const inner = mk(Error, 'inner', 'Error: inner\n    at in (/x/y.js:1:2)');
const outer = new Error('outer', { cause: inner }); outer.stack = 'Error: outer\n    at out (/x/y.js:5:6)'; log(outer);
const causeStr = new Error('c', { cause: 'just a string' }); causeStr.stack = 'Error: c'; log(causeStr);
class MyError extends Error {}
log(mk(MyError, 'mine', 'Error: mine\n    at foo (/x/y.js:1:2)'));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
log(mk(NamedError, 'named', 'NamedError: named\n    at foo (/x/y.js:1:2)'));
const en = mk(Error, 'renamed', 'Error: renamed'); en.name = 'Custom'; log(en);
const em = mk(Error, 'm', 'Error: m'); em.message = 'changed'; log(em);
log({ err: mk(Error, 'nested', 'Error: nested\n    at foo (/x/y.js:1:2)') });
log([mk(RangeError, 'r', 'RangeError: r')]);
const noStack = new Error('gone'); noStack.stack = ''; log(noStack);
const nullProtoErr = mk(Error, 'np', 'Error: np'); Object.setPrototypeOf(nullProtoErr, null); log(nullProtoErr);
const agg = new AggregateError([mk(Error, 'a1', 'Error: a1')], 'many'); agg.stack = 'AggregateError: many'; log(agg);
log({ deep: { er: mk(Error, 'd', 'Error: d\n    at x (/a.js:1:1)') } });
const ewk = mk(Error, 'k', 'Error: k'); ewk.extra = { nested: [1, 2] }; log(ewk);
const frames = ['    at a (/x/a.js:1:1)', '    at b (/x/b.js:2:2)', '    at c (/x/c.js:3:3)', '    at d (/x/d.js:4:4)', '    at e (/x/e.js:5:5)', '    at f (/x/f.js:6:6)'];
const ci = new Error('ci'); ci.stack = ['Error: ci', '    at inner (/x/i.js:9:9)', ...frames].join('\n');
const co = new Error('co', { cause: ci }); co.stack = ['Error: co', '    at outer (/x/o.js:8:8)', ...frames].join('\n');
log(co);
const co2 = new Error('co2', { cause: ci }); co2.stack = ['Error: co2', ...frames.slice(0, 3)].join('\n'); log(co2);
log({ wrapped: co });
// real stacks go to stderr (frames are stripped when comparing)
console.error(new Error('to stderr'));
const withCode = new Error('stderr code'); withCode.code = 'ERR_X'; console.error(withCode);
const rootCause = new Error('root cause'); rootCause.stack = 'Error: root cause';
console.error(new TypeError('type err', { cause: rootCause }));
