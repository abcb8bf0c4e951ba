// Flags: --no-deprecation
// The Assert class (diff, strict, skipPrototype), assert.strict, assert/strict and CallTracker.
'use strict';
const assert = require('assert');
const util = require('util');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message)); console.log(e.name, e.code, e.generatedMessage, e.operator); } }
t(() => new assert.Assert({ diff: 'x' }));
t(() => new assert.Assert({ strict: 1 }));
t(() => new assert.Assert(5));
const a = Array.from({ length: 40 }, (_, i) => i);
const A = new assert.Assert({ diff: 'full' });
t(() => A.deepStrictEqual(a, a.map((i) => (i === 20 ? -1 : i))));
const L = new assert.Assert({ strict: false });
t(() => L.deepEqual({ a: 1 }, { a: '1' }));
t(() => L.equal(1, 2));
const S = new assert.Assert();
t(() => S.equal(1, '1'));
t(() => S.deepEqual({ a: 1 }, { a: '1' }));
t(() => S.notEqual(1, 1));
t(() => S.notDeepEqual({ a: 1 }, { a: 1 }));
t(() => S.ok(0, 'not ok'));
t(() => S.throws(() => {}));
console.log(Object.keys(S), Object.getOwnPropertyNames(Object.getPrototypeOf(S)).sort().join());
class Foo { constructor(x) { this.x = x; } }
class Bar { constructor(x) { this.x = x; } }
const P = new assert.Assert({ skipPrototype: true });
t(() => P.deepStrictEqual(new Foo(1), new Bar(1)));
t(() => P.deepStrictEqual(new Foo(1), new Bar(2)));
t(() => assert.deepStrictEqual(new Foo(1), new Bar(1)));
console.log(util.isDeepStrictEqual(new Foo(1), new Bar(1)), util.isDeepStrictEqual(new Foo(1), new Bar(1), { skipPrototype: true }));

const strict = require('assert/strict');
console.log(strict === assert.strict, strict.strict === strict, strict.equal === assert.strictEqual);
t(() => strict.equal(1, '1'));
t(() => strict.deepEqual([1], ['1']));
t(() => strict.notEqual(1, 1));
t(() => strict(0));
console.log(Object.keys(strict).sort().join());

const tracker = new assert.CallTracker();
function foo(x) { return x * 2; }
const c = tracker.calls(foo, 2);
const d = tracker.calls(3);
console.log(c(2), c.name, c.length, d());
console.log(tracker.getCalls(c));
console.log(tracker.report().map((x) => ({ ...x, stack: typeof x.stack })));
try { tracker.verify(); } catch (e) { console.log(JSON.stringify(e.message), e.code, e.name, e.operator, e.generatedMessage, Object.keys(e)); }
c(1); d(); d();
tracker.verify();
console.log('verified');
tracker.reset(c);
console.log(tracker.getCalls(c));
try { tracker.reset(foo); } catch (e) { console.log(e.code, e.message); }
try { tracker.getCalls(foo); } catch (e) { console.log(e.code, e.message); }
const e2 = tracker.calls();
e2(); e2();
try { tracker.verify(); } catch (e) { console.log(JSON.stringify(e.message)); }
try { tracker.calls(foo, -1); } catch (e) { console.log(e.code, e.message); }
try { tracker.calls(foo, 1.5); } catch (e) { console.log(e.code, e.message); }
const t2 = new assert.CallTracker();
const once = t2.calls(function named() {}, 1);
try { t2.verify(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
once();
t2.verify();
console.log('done');
