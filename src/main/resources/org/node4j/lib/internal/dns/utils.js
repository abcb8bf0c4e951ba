// What dns and dns/promises share: argument checks for lookup and
// lookupService, the process-wide default result order, and the error codes.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  validateString, validateBoolean, validateNumber, validateOneOf, validateFunction, validatePort,
} = require('internal/validators');
const { isIP } = require('internal/net');

const binding = internalBinding('cares_wrap');

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const orderCodes = {
  verbatim: binding.DNS_ORDER_VERBATIM,
  ipv4first: binding.DNS_ORDER_IPV4_FIRST,
  ipv6first: binding.DNS_ORDER_IPV6_FIRST,
};

const { AI_ADDRCONFIG: ADDRCONFIG, AI_ALL: ALL, AI_V4MAPPED: V4MAPPED } = binding;

// c-ares's status codes, as the resolver reports them in err.code.
const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

function initialOrder() {
  // --dns-result-order=... on the command line or in NODE_OPTIONS.
  const args = [...process.execArgv, ...(process.env.NODE_OPTIONS || '').split(/\s+/)];
  for (const arg of args) {
    const m = /^--dns-result-order=(.*)$/.exec(arg);
    if (m && validOrders.includes(m[1])) return m[1];
  }
  return 'verbatim';
}

let defaultOrder;

function getDefaultResultOrder() {
  if (defaultOrder === undefined) defaultOrder = initialOrder();
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultOrder = order;
}

function validateHints(hints) {
  // Only the three flags node documents may reach getaddrinfo.
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
}

let warnedHostname = false;
// A falsy hostname is answered without a query, but node warns about it once.
function emitInvalidHostnameWarning(hostname) {
  if (warnedHostname) return;
  warnedHostname = true;
  process.emitWarning(
    `The provided hostname "${String(hostname)}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

/**
 * The options of lookup(hostname, options) as { family, hints, all, order }.
 * `options` may be a family number or an object; `callbackCheck` validates the
 * callback at the point node does (after the type of options is known).
 */
function parseLookupOptions(options, callbackCheck) {
  const parsed = { family: 0, hints: 0, all: false, order: getDefaultResultOrder() };
  if (typeof options === 'number') {
    callbackCheck();
    validateOneOf(options, 'family', validFamilies);
    parsed.family = options;
    return parsed;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    callbackCheck(true);
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  callbackCheck();
  if (options == null) return parsed;
  if (options.hints != null) {
    validateNumber(options.hints, 'options.hints');
    parsed.hints = options.hints >>> 0;
    validateHints(parsed.hints);
  }
  if (options.family != null) {
    if (options.family === 'IPv4') parsed.family = 4;
    else if (options.family === 'IPv6') parsed.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      parsed.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    parsed.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    parsed.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', validOrders);
    parsed.order = options.order;
  }
  return parsed;
}

function validateLookupHostname(hostname) {
  if (hostname) validateString(hostname, 'hostname');
}


// lookupService(address, port[, callback]): the port as a number. names are
// the arguments the caller requires, all of which must have been passed.
function validateLookupServiceArgs(argCount, names, address, port, callback) {
  if (argCount !== names.length) throw new ERR_MISSING_ARGS(...names);
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  const checked = validatePort(port);
  if (callback !== undefined) validateFunction(callback, 'callback');
  return checked;
}

module.exports = {
  binding, validFamilies, validOrders, orderCodes, errorCodes,
  ADDRCONFIG, ALL, V4MAPPED,
  getDefaultResultOrder, setDefaultResultOrder, emitInvalidHostnameWarning,
  parseLookupOptions, validateLookupHostname, validateLookupServiceArgs, validatePort,
};
