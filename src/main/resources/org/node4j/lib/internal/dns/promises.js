// dns.promises: the dns API with promises instead of callbacks.
'use strict';

const { lookupPromise, lookupServicePromise } = require('internal/dns/lookup');
const { errorCodes, getDefaultResultOrder, setDefaultResultOrder } = require('internal/dns/utils');
const { PromiseResolver, defaultFunctions, moduleMethods } = require('internal/dns/resolver');

function lookup(hostname, options) {
  return lookupPromise(hostname, options);
}

function lookupService(address, port) {
  return lookupServicePromise(...arguments);
}

const bound = defaultFunctions(PromiseResolver);

module.exports = {
  lookup,
  lookupService,
  Resolver: PromiseResolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: bound.setServers,
  ...errorCodes,
};
for (const name of moduleMethods) module.exports[name] = bound[name];
