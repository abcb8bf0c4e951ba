// The dns module: lookup/lookupService through the system resolver
// (getaddrinfo), and Resolver with resolve*/reverse speaking the DNS protocol
// to the configured name servers.
'use strict';

const { lookup, lookupService } = require('internal/dns/lookup');
const {
  ADDRCONFIG, ALL, V4MAPPED, errorCodes, getDefaultResultOrder, setDefaultResultOrder,
} = require('internal/dns/utils');

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
};

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
