// assert() / assert.ok(): the failing call's source text in the message.
'use strict';
const assert = require('assert');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message)); console.log(e.name, e.code, e.generatedMessage, e.operator, e.actual, e.expected); } }
const x = 2;
t(() => assert(x === 1));
t(() => assert.ok(x === 1));
t(() => assert.ok(null));
t(() => assert.ok());
t(() => assert());
t(() => assert.ok(typeof x === 'string',
  ));
t(() => assert(
  x === 3 &&
    x === 4
));
t(() => { assert.equal(x, 2); assert(0); });
t(() => assert.strict.ok(''));
t(() => assert.strict(NaN));
t(() => assert.ok(false, undefined));
t(() => assert.ok(false, null));
const { ok } = assert;
t(() => ok(0));
t(() => { const a = assert; a.ok(0 /* comment */); });
t(() => assert.ok(0), 1);
t(() => assert.ok(0, 'msg'));
t(() => assert.ok(0, new RangeError('own error')));
t(() => assert.ok(0, { toString() { return 'obj'; } }));
t(() => ['', null].forEach((v) => assert(v)));
t(() => [''].forEach(assert));
t(() => [{ a: 1 }].forEach(assert.ok));
function f() {
  assert.ok(1 === 2,
    'x' === 'y');
}
t(f);
t(() => assert.ok.call(null, 0));
t(() => assert['ok'](0)); // eslint-disable-line dot-notation
t(() => assert(')(' === 1));
t(() => {   assert (false)   ; });
t(() => assert(x === 1 && (x === 2 || [x][0] === 3), undefined));
t(() => assert.ok(1));
t(() => assert(true));
