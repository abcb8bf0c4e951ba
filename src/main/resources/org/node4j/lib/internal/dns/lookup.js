// dns.lookup and dns.lookupService on the system resolver (getaddrinfo and
// getnameinfo on the pool), in the callback and the promise flavour.
'use strict';

const { dnsException } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { isIP } = require('internal/net');
const {
  binding, orderCodes, emitInvalidHostnameWarning, parseLookupOptions, validateLookupHostname,
  validateLookupServiceArgs,
} = require('internal/dns/utils');
const kCustomPromisifyArgs = require('internal/util/promisify_args');
const { startTime, recordDns } = require('internal/dns/perf');

/** What lookup returns: the request in flight, as node's GetAddrInfoReqWrap. */
class GetAddrInfoReqWrap {
  constructor(hostname, family, all) {
    this.hostname = hostname;
    this.family = family;
    this.all = all;
  }
}

class GetNameInfoReqWrap {
  constructor(host, port) {
    this.host = host;
    this.port = port;
  }
}

/**
 * The shared core: answers a falsy hostname or an IP literal without asking
 * anyone (on the next tick, as node does), else starts getaddrinfo. deliver
 * gets (err) or (null, addresses as [{ address, family }]).
 */
function startLookup(hostname, { family, hints, all, order }, deliver) {
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    process.nextTick(deliver, null, null);
    return {};
  }
  const literal = isIP(hostname);
  if (literal) {
    process.nextTick(deliver, null, [{ address: hostname, family: literal }]);
    return {};
  }
  const req = new GetAddrInfoReqWrap(hostname, family, all);
  const start = startTime();
  binding.getaddrinfo(hostname, family, hints, orderCodes[order], (err, addresses) => {
    if (err) {
      deliver(dnsException(err, 'getaddrinfo', hostname));
      return;
    }
    const list = [];
    for (let i = 0; i < addresses.length; i++) {
      list.push({ address: addresses[i], family: family || isIP(addresses[i]) });
    }
    recordDns('lookup', start, {
      hostname, family, hints, verbatim: order === 'verbatim', order, addresses: Array.from(addresses),
    });
    deliver(null, list);
  });
  return req;
}

function lookup(hostname, options, callback) {
  validateLookupHostname(hostname);
  let parsed;
  if (typeof options === 'function') {
    callback = options;
    parsed = parseLookupOptions(undefined, () => {});
  } else {
    const argc = arguments.length;
    parsed = parseLookupOptions(options, (optionsInvalid) =>
      validateFunction(optionsInvalid && argc === 2 ? options : callback, 'callback'));
  }
  const { family, all } = parsed;
  return startLookup(hostname, parsed, (err, list) => {
    if (err) callback(err);
    else if (list === null) {
      // A falsy hostname: no address, and the family asked for (4 unless 6).
      if (all) callback(null, []);
      else callback(null, null, family === 6 ? 6 : 4);
    } else if (all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  });
}
Object.defineProperty(lookup, kCustomPromisifyArgs, { __proto__: null, value: ['address', 'family'] });

function lookupPromise(hostname, options) {
  validateLookupHostname(hostname);
  const parsed = parseLookupOptions(options, () => {});
  const { family, all } = parsed;
  return new Promise((resolve, reject) => {
    startLookup(hostname, parsed, (err, list) => {
      if (err) reject(err);
      else if (list === null) resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      else resolve(all ? list : list[0]);
    });
  });
}

function startLookupService(address, port, deliver) {
  const req = new GetNameInfoReqWrap(address, port);
  const start = startTime();
  binding.getnameinfo(address, port, (err, hostname, service) => {
    if (err) {
      deliver(dnsException(err, 'getnameinfo', address));
      return;
    }
    recordDns('lookupService', start, { host: address, port, hostname, service });
    deliver(null, hostname, service);
  });
  return req;
}

function lookupService(address, port, callback) {
  const checked = validateLookupServiceArgs(arguments.length, ['address', 'port', 'callback'], address, port, callback);
  return startLookupService(address, checked, callback);
}
Object.defineProperty(lookupService, kCustomPromisifyArgs, { __proto__: null, value: ['hostname', 'service'] });

function lookupServicePromise(address, port) {
  const checked = validateLookupServiceArgs(arguments.length, ['address', 'port'], address, port, undefined);
  return new Promise((resolve, reject) => {
    startLookupService(address, checked, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

module.exports = { lookup, lookupPromise, lookupService, lookupServicePromise };
