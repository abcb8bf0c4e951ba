// dns.Resolver against a canned DNS server on loopback (FakeDnsServer.java,
// started with the JDK's source launcher): every record type, the error codes
// node reports for each rcode, timeouts, truncation, cancel, promises, and
// setServers/getServers validation and formatting.
'use strict';
const dns = require('dns');
const path = require('path');
const { spawn } = require('child_process');

const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const source = path.join(__dirname, '..', '..', '..', 'src', 'test', 'java', 'org', 'node4j', 'dns', 'FakeDnsServer.java');
const server = spawn(java, [source], { stdio: ['pipe', 'pipe', 'inherit'] });

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

function describe(v) {
  return JSON.stringify(v, (k, x) => (x instanceof ArrayBuffer ? Array.from(new Uint8Array(x)) : x));
}

function show(label, done) {
  return (e, v) => {
    if (e) console.log(label, e.message, e.code, e.errno, e.syscall, e.hostname, Object.keys(e));
    else console.log(label, describe(Array.isArray(v) ? v.filter(() => true) : v));
    done();
  };
}

const r = new dns.Resolver();
attempt('servers', () => r.setServers(['127.0.0.1:1', '[::1]:53', '::1', '1.2.3.4:53', '[::1]:5353', '::ffff:1.2.3.4', '[1.2.3.4]:5']));
console.log(r.getServers());
attempt('bogus', () => r.setServers(['bogus']));
attempt('not array', () => r.setServers('x'));
attempt('number', () => r.setServers([1]));
attempt('bad port', () => r.setServers(['1.2.3.4:99999']));
console.log(r.getServers());
attempt('timeout -2', () => new dns.Resolver({ timeout: -2 }));
attempt('tries 0', () => new dns.Resolver({ tries: 0 }));
attempt('maxTimeout -1', () => new dns.Resolver({ maxTimeout: -1 }));
attempt('name number', () => r.resolve4(1, () => {}));
attempt('no callback', () => r.resolve4('x'));
attempt('rrtype Z', () => r.resolve('x', 'Z', () => {}));
attempt('rrtype 5', () => r.resolve('x', 5, () => {}));
attempt('reverse bogus', () => r.reverse('bogus', () => {}));
attempt('local bogus', () => r.setLocalAddress('bogus'));
attempt('local both', () => r.setLocalAddress('127.0.0.1', '::1'));
attempt('local none', () => r.setLocalAddress());
attempt('promise name', () => dns.promises.resolve4(1));
attempt('promise rrtype', () => new dns.promises.Resolver().resolve('x', 'Z'));
console.log(Object.getOwnPropertyNames(dns.Resolver.prototype));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(dns.Resolver.prototype)));

let port = '';
server.stdout.on('data', (d) => {
  port += d;
  if (port.includes('\n')) start(port.trim());
});

function start(p) {
  const target = `127.0.0.1:${p}`;
  const mk = (options = { timeout: 300, tries: 1 }) => {
    const res = new dns.Resolver(options);
    res.setServers([target]);
    return res;
  };
  const jobs = [];
  for (const m of ['resolve4', 'resolve6', 'resolveCname', 'resolveMx', 'resolveNs', 'resolvePtr', 'resolveSoa',
    'resolveSrv', 'resolveTxt', 'resolveCaa', 'resolveNaptr', 'resolveTlsa', 'resolveAny']) {
    jobs.push((d) => mk()[m]('records.test', show(m, d)));
  }
  jobs.push((d) => mk().resolve4('records.test', { ttl: true }, show('ttl4', d)));
  jobs.push((d) => mk().resolve6('records.test', { ttl: true }, show('ttl6', d)));
  for (const n of ['nxdomain', 'servfail', 'refused', 'notimp', 'formerr', 'nodata', 'silent', 'truncated', 'garbage', 'cname']) {
    jobs.push((d) => mk().resolve4(`${n}.test`, show(n, d)));
  }
  jobs.push((d) => mk().resolveCname('cname.test', show('cname-cname', d)));
  jobs.push((d) => mk().resolveSoa('nodata.test', show('soa-nodata', d)));
  jobs.push((d) => mk().resolve4('cname.test', { ttl: true }, show('a-cname', d)));
  jobs.push((d) => mk().reverse('192.0.2.1', show('reverse', d)));
  jobs.push((d) => mk().reverse('192.0.2.2', show('reverse-nx', d)));
  jobs.push((d) => mk().reverse('2001:db8::5', show('reverse6', d)));
  jobs.push((d) => mk().resolve('records.test', 'MX', show('resolve-mx', d)));
  jobs.push((d) => mk().resolve('Records.TEST.', show('resolve-case', d)));
  jobs.push((d) => mk().resolve4('a..b', show('bad name', d)));
  jobs.push((d) => mk().resolve4('x'.repeat(64), show('long label', d)));
  jobs.push((d) => mk().resolveTxt('servfail.test', show('servfail-txt', d)));
  jobs.push((d) => mk({ tries: 2, timeout: 100 }).resolve4('refused.test', show('refused twice', d)));
  jobs.push((d) => {
    const res = mk();
    res.resolve4('silent.test', show('cancelled', d));
    res.cancel();
  });
  jobs.push((d) => {
    // cancel() ends queries in the order they were made.
    const res = mk();
    const order = [];
    for (let i = 0; i < 5; i++) {
      res.resolve4(`silent${i}.test`, (e) => {
        order.push(`${e.code} ${e.hostname}`);
        if (order.length === 5) {
          console.log('cancel order', order);
          d();
        }
      });
    }
    setTimeout(() => res.cancel(), 50);
  });
  jobs.push((d) => {
    const res = new dns.Resolver();
    res.setServers([]);
    res.resolve4('records.test', show('no servers', d));
  });
  jobs.push((d) => {
    dns.setServers([target]);
    console.log('default servers', dns.getServers().length, dns.promises.getServers().length);
    dns.resolve4('records.test', show('module resolve4', d));
  });
  jobs.push((d) => dns.promises.resolveMx('records.test').then((v) => show('promise mx', d)(null, v)));
  jobs.push((d) => dns.promises.resolve('nxdomain.test', 'TXT').catch((e) => show('promise nx', d)(e)));
  jobs.push((d) => dns.promises.reverse('192.0.2.1').then((v) => show('promise reverse', d)(null, v)));
  jobs.push((d) => {
    const res = new dns.promises.Resolver({ timeout: 300, tries: 1 });
    res.setServers([target]);
    res.resolveSrv('records.test').then((v) => show('promise resolver srv', d)(null, v));
  });
  const next = () => {
    const job = jobs.shift();
    if (job) job(next);
    else server.stdin.end();
  };
  next();
}
