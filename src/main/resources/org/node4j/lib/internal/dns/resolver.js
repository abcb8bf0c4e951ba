// dns.Resolver and dns.promises.Resolver: DNS queries to the configured
// servers (internalBinding('cares_wrap').createChannel), their results shaped
// as node's resolve* functions return them, and the default resolver behind
// the module-level functions.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_DNS_SET_SERVERS_FAILED },
  dnsException,
} = require('internal/errors');
const {
  validateArray, validateString, validateFunction, validateInt32, validateUint32,
} = require('internal/validators');
const { isIP } = require('internal/net');
const { binding, validatePort } = require('internal/dns/utils');
const { startTime, recordDns } = require('internal/dns/perf');

const T = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
  TLSA: 52, ANY: 255, CAA: 257 };

// Each record arrives as [type, ttl, ...fields]; these build node's objects.
const shapers = {
  [T.A]: (r) => r[2],
  [T.AAAA]: (r) => r[2],
  [T.CNAME]: (r) => r[2],
  [T.NS]: (r) => r[2],
  [T.PTR]: (r) => r[2],
  [T.MX]: (r) => ({ exchange: r[3], priority: r[2], type: 'MX' }),
  [T.TXT]: (r) => Array.from(r[2]),
  [T.SOA]: (r) => ({
    nsname: r[2], hostmaster: r[3], serial: r[4], refresh: r[5], retry: r[6], expire: r[7], minttl: r[8],
  }),
  [T.SRV]: (r) => ({ name: r[5], port: r[4], priority: r[2], weight: r[3], type: 'SRV' }),
  [T.NAPTR]: (r) => ({
    flags: r[4], service: r[5], regexp: r[6], replacement: r[7], order: r[2], preference: r[3],
  }),
  [T.CAA]: (r) => ({ critical: r[2], type: 'CAA', [r[3]]: r[4] }),
  [T.TLSA]: (r) => ({ certUsage: r[2], selector: r[3], match: r[4], data: new ArrayBuffer(r[5]) }),
};

// resolveAny lists records grouped by type in this order, each marked with its type.
const anyOrder = [T.A, T.CNAME, T.AAAA, T.MX, T.NS, T.TXT, T.SRV, T.PTR, T.NAPTR, T.SOA, T.TLSA, T.CAA];
const anyShapers = {
  [T.A]: (r) => ({ address: r[2], ttl: r[1], type: 'A' }),
  [T.AAAA]: (r) => ({ address: r[2], ttl: r[1], type: 'AAAA' }),
  [T.CNAME]: (r) => ({ value: r[2], type: 'CNAME' }),
  [T.NS]: (r) => ({ value: r[2], type: 'NS' }),
  [T.PTR]: (r) => ({ value: r[2], type: 'PTR' }),
  [T.MX]: (r) => shapers[T.MX](r),
  [T.TXT]: (r) => ({ entries: Array.from(r[2]), type: 'TXT' }),
  [T.SRV]: (r) => shapers[T.SRV](r),
  [T.NAPTR]: (r) => ({ ...shapers[T.NAPTR](r), type: 'NAPTR' }),
  [T.SOA]: (r) => ({ ...shapers[T.SOA](r), type: 'SOA' }),
  [T.TLSA]: (r) => shapers[T.TLSA](r),
  [T.CAA]: (r) => shapers[T.CAA](r),
};

/** The answer to one query as node returns it; ENODATA when it holds nothing of the type. */
function shape(type, records, ttl) {
  if (type === T.ANY) {
    const out = [];
    for (const t of anyOrder) {
      for (const r of records) if (r[0] === t) out.push(anyShapers[t](r));
    }
    return out.length ? out : null;
  }
  const matching = Array.from(records).filter((r) => r[0] === type);
  if (matching.length === 0) return null;
  if (type === T.SOA) return shapers[T.SOA](matching[0]);
  if (ttl && (type === T.A || type === T.AAAA)) return matching.map((r) => ({ address: r[2], ttl: r[1] }));
  return matching.map(shapers[type]);
}

// [method name, syscall node reports, record type], in the order node's prototype lists them.
const methods = [
  ['resolveAny', 'queryAny', T.ANY],
  ['resolve4', 'queryA', T.A],
  ['resolve6', 'queryAaaa', T.AAAA],
  ['resolveCaa', 'queryCaa', T.CAA],
  ['resolveCname', 'queryCname', T.CNAME],
  ['resolveMx', 'queryMx', T.MX],
  ['resolveNs', 'queryNs', T.NS],
  ['resolveTlsa', 'queryTlsa', T.TLSA],
  ['resolveTxt', 'queryTxt', T.TXT],
  ['resolveSrv', 'querySrv', T.SRV],
  ['resolvePtr', 'queryPtr', T.PTR],
  ['resolveNaptr', 'queryNaptr', T.NAPTR],
  ['resolveSoa', 'querySoa', T.SOA],
];

const rrtypes = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TLSA: 'resolveTlsa', TXT: 'resolveTxt',
};

/** What a callback-style query returns: the request in flight. */
class QueryReqWrap {
  constructor(bindingName, hostname, ttl) {
    this.bindingName = bindingName;
    this.hostname = hostname;
    this.ttl = ttl;
  }
}

/**
 * Runs one query on a channel: deliver(err) or deliver(null, result). A
 * reverse lookup answers from /etc/hosts when the address is listed there.
 */
function runQuery(handle, syscall, type, name, ttl, deliver) {
  const start = startTime();
  handle.query(name, type, (code, records) => {
    const result = code ? null : shape(type, records, ttl);
    if (code || result === null) {
      deliver(dnsException(code || 'ENODATA', syscall, name));
      return;
    }
    recordDns(syscall, start, { host: name, ttl, result });
    deliver(null, result);
  });
}

function runReverse(handle, ip, deliver) {
  const ptr = binding.ptrName(ip);
  if (ptr === null) throw dnsException('EINVAL', 'getHostByAddr', ip);
  const listed = handle.hostsNames(ip);
  if (listed.length > 0) {
    const aliases = Array.from(listed).slice(1);
    process.nextTick(deliver, null, aliases);
    return;
  }
  const start = startTime();
  handle.query(ptr, T.PTR, (code, records) => {
    const names = code ? [] : Array.from(records).filter((r) => r[0] === T.PTR).map((r) => r[2]);
    // The system resolver's way: no record at all is "not found".
    if (!code && names.length === 0) code = 'ENOTFOUND';
    if (code === 'ENODATA') code = 'ENOTFOUND';
    if (code) {
      deliver(dnsException(code, 'getHostByAddr', ip));
      return;
    }
    recordDns('getHostByAddr', start, { host: ip, result: names });
    deliver(null, names);
  });
}

function validateResolverOptions(options) {
  const { timeout = -1, tries = 4, maxTimeout = 0 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  validateInt32(tries, 'options.tries', 1);
  validateUint32(maxTimeout, 'options.maxTimeout');
  return { timeout, tries, maxTimeout };
}

/** Servers as c-ares takes them: [address, port] from '1.2.3.4', '1.2.3.4:53', '::1' or '[::1]:53'. */
function parseServer(server, index) {
  validateString(server, `servers[${index}]`);
  if (isIP(server)) return [server, 53];
  const bracketed = /^\[([^[\]]*)\](?::(\d+))?$/.exec(server);
  if (bracketed && isIP(bracketed[1])) {
    return [bracketed[1], bracketed[2] === undefined ? 53 : validatePort(Number(bracketed[2]))];
  }
  const withPort = /^(.+?)(?::(\d+))?$/.exec(server);
  if (withPort && isIP(withPort[1])) {
    return [withPort[1], withPort[2] === undefined ? 53 : validatePort(Number(withPort[2]))];
  }
  throw new ERR_INVALID_IP_ADDRESS(server);
}

/**
 * node's ChannelWrap as JS sees it: a plain object around the Java channel,
 * so its methods can be replaced the way node's own tests do.
 */
class ChannelWrap {
  constructor(timeout, tries, maxTimeout) {
    const channel = binding.createChannel(timeout, tries, maxTimeout);
    // c-ares refuses new servers while queries are in flight.
    this.pending = 0;
    this.query = (name, type, oncomplete) => {
      this.pending++;
      channel.query(name, type, (code, records) => {
        this.pending--;
        oncomplete(code, records);
      });
    };
    this.hostsNames = (address) => channel.hostsNames(address);
    this.getServers = () => channel.getServers();
    this.setServers = (flat) => channel.setServers(flat);
    this.setLocalAddress = (v4, v6) => channel.setLocalAddress(v4, v6);
    this.cancel = () => channel.cancel();
  }
}

class ResolverBase {
  constructor(options = undefined, handle = undefined) {
    const { timeout, tries, maxTimeout } = validateResolverOptions(options);
    this._handle = handle || new ChannelWrap(timeout, tries, maxTimeout);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    const flat = this._handle.getServers() || [];
    const out = [];
    for (let i = 0; i < flat.length; i += 2) {
      const address = flat[i];
      const port = flat[i + 1];
      if (port === 53) out.push(address);
      else out.push(isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`);
    }
    return out;
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const flat = [];
    // forEach, as node: holes are skipped, and a getter that shortens the
    // array ends the walk there.
    servers.forEach((server, i) => flat.push(...parseServer(server, i)));
    if (this._handle.pending > 0) throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers);
    if (!this._handle.setServers(flat)) throw new ERR_DNS_SET_SERVERS_FAILED('Invalid IP address.', servers);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    // Either order works; two addresses of one family do not.
    let v4 = null;
    let v6 = null;
    for (const address of ipv6 === undefined ? [ipv4] : [ipv4, ipv6]) {
      const family = isIP(address);
      if (family === 4 && v4 === null) v4 = address;
      else if (family === 6 && v6 === null) v6 = address;
      else throw invalidLocalAddress();
    }
    if (!this._handle.setLocalAddress(v4, v6)) throw invalidLocalAddress();
  }
}

// node's native side throws this one with a message of its own.
function invalidLocalAddress() {
  const err = new TypeError('Invalid IP address.');
  err.code = 'ERR_INVALID_ARG_VALUE';
  if (typeof err.stack === 'string') err.stack = err.stack.replace(/^TypeError/, 'TypeError [ERR_INVALID_ARG_VALUE]');
  return err;
}

class Resolver extends ResolverBase {
  reverse(ip, callback) {
    validateString(ip, 'ip');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap('getHostByAddr', ip, false);
    runReverse(this._handle, ip, callback);
    return req;
  }

  resolve(hostname, rrtype, callback) {
    let method;
    if (typeof rrtype === 'string') {
      method = rrtypes[rrtype];
    } else if (typeof rrtype === 'function') {
      method = 'resolve4';
      callback = rrtype;
    } else {
      throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
    }
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return this[method](hostname, callback);
  }
}

for (const [method, syscall, type] of methods) {
  const fn = {
    [method](name, options, callback) {
      if (arguments.length <= 2) {
        callback = options;
        options = undefined;
      }
      validateString(name, 'name');
      validateFunction(callback, 'callback');
      const ttl = !!(options && options.ttl);
      const req = new QueryReqWrap(syscall, name, ttl);
      runQuery(this._handle, syscall, type, name, ttl, callback);
      return req;
    },
  }[method];
  Object.defineProperty(Resolver.prototype, method, {
    __proto__: null, value: fn, writable: true, configurable: true, enumerable: false,
  });
}
// node's prototype lists reverse and resolve after the resolve* methods.
for (const name of ['reverse', 'resolve']) {
  const fn = Resolver.prototype[name];
  delete Resolver.prototype[name];
  Object.defineProperty(Resolver.prototype, name, {
    __proto__: null, value: fn, writable: true, configurable: true, enumerable: false,
  });
}

class PromiseResolver extends ResolverBase {
  reverse(ip) {
    validateString(ip, 'ip');
    return new Promise((resolve, reject) => {
      runReverse(this._handle, ip, (err, names) => (err ? reject(err) : resolve(names)));
    });
  }

  resolve(hostname, rrtype) {
    let method = 'resolve4';
    if (rrtype !== undefined) {
      validateString(rrtype, 'rrtype');
      method = rrtypes[rrtype];
      if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    }
    return this[method](hostname);
  }
}
Object.defineProperty(PromiseResolver, 'name', { __proto__: null, value: 'Resolver' });

for (const [method, syscall, type] of methods) {
  const fn = {
    [method](name, options) {
      validateString(name, 'name');
      const ttl = !!(options && options.ttl);
      return new Promise((resolve, reject) => {
        runQuery(this._handle, syscall, type, name, ttl, (err, result) => (err ? reject(err) : resolve(result)));
      });
    },
  }[method];
  Object.defineProperty(PromiseResolver.prototype, method, {
    __proto__: null, value: fn, writable: true, configurable: true, enumerable: false,
  });
}
for (const name of ['reverse', 'resolve']) {
  const fn = PromiseResolver.prototype[name];
  delete PromiseResolver.prototype[name];
  Object.defineProperty(PromiseResolver.prototype, name, {
    __proto__: null, value: fn, writable: true, configurable: true, enumerable: false,
  });
}

// One channel behind dns.* and dns.promises.*: setServers on either changes both.
let defaultHandle;
const defaults = new Map();
function defaultResolver(Class) {
  let resolver = defaults.get(Class);
  if (resolver === undefined) {
    if (defaultHandle === undefined) defaultHandle = new ChannelWrap(-1, 4, 0);
    resolver = new Class(undefined, defaultHandle);
    defaults.set(Class, resolver);
  }
  return resolver;
}

const moduleMethods = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTlsa', 'resolveTxt', 'reverse'];

/**
 * dns.setServers: a fresh default channel with those servers, so queries
 * still in flight on the old one do not stand in the way.
 */
function setDefaultServers(Class, servers) {
  const fresh = new Class(undefined, new ChannelWrap(-1, 4, 0));
  fresh.setServers(servers);
  defaultHandle = fresh._handle;
  defaults.clear();
  defaults.set(Class, fresh);
}

/** The module-level functions of one flavour, each calling the default resolver. */
function defaultFunctions(Class) {
  const out = {
    setServers: function setServers(servers) {
      setDefaultServers(Class, servers);
    },
  };
  for (const name of moduleMethods) {
    const method = Class.prototype[name];
    const fn = {
      [name](...args) {
        return Reflect.apply(method, defaultResolver(Class), args);
      },
    }[name];
    Object.defineProperty(fn, 'length', { __proto__: null, value: method.length });
    out[name] = fn;
  }
  return out;
}

module.exports = { Resolver, PromiseResolver, defaultFunctions, moduleMethods };
