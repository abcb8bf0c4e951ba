// The dns module: lookup/lookupService through the system resolver
// (getaddrinfo), and Resolver with resolve*/reverse speaking the DNS protocol
// to the configured name servers.
'use strict';

const { lookup, lookupService } = require('internal/dns/lookup');
const {
  ADDRCONFIG, ALL, V4MAPPED, errorCodes, getDefaultResultOrder, setDefaultResultOrder,
} = require('internal/dns/utils');
const { Resolver, defaultFunctions, moduleMethods } = require('internal/dns/resolver');

const bound = defaultFunctions(Resolver);

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: bound.setServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
};
for (const name of moduleMethods) module.exports[name] = bound[name];

let promises;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (promises === undefined) promises = require('internal/dns/promises');
    return promises;
  },
});
