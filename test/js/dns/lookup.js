// dns.lookup / lookupService: validation errors, literals answered without a
// query, localhost through getaddrinfo, and error objects for unknown names.
'use strict';
// Flags: --no-warnings
const dns = require('dns');
const util = require('util');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'returned', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const noop = () => {};
attempt('number hostname', () => dns.lookup(1, noop));
attempt('family 7', () => dns.lookup('x', 7, noop));
attempt('string options', () => dns.lookup('x', 'a', noop));
attempt('string callback', () => dns.lookup('x', 'a'));
attempt('family IPv5', () => dns.lookup('x', { family: 'IPv5' }, noop));
attempt('hints string', () => dns.lookup('x', { hints: 'a' }, noop));
attempt('hints 1024', () => dns.lookup('x', { hints: 1024 }, noop));
attempt('hints -1', () => dns.lookup('x', { hints: -1 }, noop));
attempt('all 1', () => dns.lookup('x', { all: 1 }, noop));
attempt('order x', () => dns.lookup('x', { order: 'x' }, noop));
attempt('verbatim 1', () => dns.lookup('x', { verbatim: 1 }, noop));
attempt('no callback', () => dns.lookup('x', {}));
attempt('service port x', () => dns.lookupService('127.0.0.1', 'x', noop));
attempt('service port 70000', () => dns.lookupService('127.0.0.1', 70000, noop));
attempt('service address x', () => dns.lookupService('x', 70, noop));
attempt('service missing', () => dns.lookupService('127.0.0.1', 70));
attempt('service number', () => dns.lookupService(1, 70, noop));
attempt('order bad', () => dns.setDefaultResultOrder('x'));
attempt('promise number', () => dns.promises.lookup(1));
attempt('promise family 3', () => dns.promises.lookup('x', { family: 3 }));
attempt('promise service missing', () => dns.promises.lookupService('127.0.0.1'));
console.log(dns.getDefaultResultOrder(), dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED, dns.NOTFOUND, dns.CANCELLED);
console.log(require('dns/promises') === dns.promises, dns.lookup.length, dns.lookupService.length);

const steps = [];
function next() {
  const step = steps.shift();
  if (step) step();
}
function add(fn) { steps.push(fn); }

add(() => dns.lookup('127.0.0.1', (e, a, f) => { console.log('v4 literal', e, a, f); next(); }));
add(() => dns.lookup('::1', { all: true }, (e, a) => { console.log('v6 literal', e, a); next(); }));
add(() => dns.lookup('localhost', { family: 4 }, (e, a, f) => { console.log('localhost', e, a, f); next(); }));
add(() => dns.lookup('localhost', { family: 'IPv4', all: true }, (e, a) => { console.log('all', e, a); next(); }));
add(() => dns.lookup('', { family: 6 }, (e, a, f) => { console.log('empty', e, a, f); next(); }));
add(() => dns.lookup(null, { all: true }, (e, a) => { console.log('null all', e, a); next(); }));
add(() => dns.lookup('nosuchhost.invalid', (e, a, f) => {
  console.log(e.message, e.code, e.errno, e.syscall, e.hostname, Object.keys(e), a, f);
  next();
}));
add(() => dns.lookupService('127.0.0.1', 22, (e, h, s) => { console.log('service', e, h, s); next(); }));
add(() => dns.promises.lookup('localhost', { family: 4 }).then((r) => { console.log('promise', r); next(); }));
add(() => dns.promises.lookup('nosuchhost.invalid').catch((e) => { console.log('promise err', e.message, e.errno); next(); }));
add(() => util.promisify(dns.lookup)('localhost', 4).then((r) => { console.log('promisify', r); next(); }));
add(() => util.promisify(dns.lookupService)('127.0.0.1', 80).then((r) => { console.log('promisify service', r); next(); }));
add(() => dns.promises.lookupService('127.0.0.1', 22).then((r) => { console.log('promise service', r); next(); }));
next();
