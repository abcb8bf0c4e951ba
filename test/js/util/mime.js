'use strict';
// util.MIMEType / MIMEParams: WHATWG parsing and serialization, Node's errors.
const { MIMEType, MIMEParams } = require('util');
const inputs = [
  'text/html', ' Text/HTML ; Charset="utf-8" ;x=;y', 'a/b;c="d\\"e";c=dup;f=" g "',
  'application/json;charset=UTF-8;BAD NAME=1;ok=\u00e9', 'x/y;q="unterminated\\',
  'x', 'te xt/html', 'text/ht ml', 'text/', '/x', 'text/html\n',
];
for (const input of inputs) {
  try {
    const m = new MIMEType(input);
    console.log(JSON.stringify([String(m), m.type, m.subtype, m.essence, [...m.params], JSON.stringify(m)]));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
const m = new MIMEType('text/plain;a=1');
m.type = 'IMAGE';
m.subtype = 'PNG';
m.params.set('B', 'two words');
m.params.set('c', '');
m.params.delete('a');
console.log(String(m), m.params.get('b'), m.params.get('B'), m.params.has('c'), [...m.params.keys()]);
for (const f of [() => { m.type = 'a b'; }, () => { m.subtype = ''; }, () => m.params.set('', 'x'),
  () => m.params.set('n', '\u0100')]) {
  try { f(); } catch (e) { console.log(e.code, JSON.stringify(e.message)); }
}
const p = new MIMEParams();
console.log(String(p), p instanceof MIMEParams, m, p, Object.prototype.toString.call(m));
