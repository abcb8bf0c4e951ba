// dns.promises: the dns API with promises instead of callbacks.
'use strict';

const { lookupPromise, lookupServicePromise } = require('internal/dns/lookup');
const { errorCodes, getDefaultResultOrder, setDefaultResultOrder } = require('internal/dns/utils');

function lookup(hostname, options) {
  return lookupPromise(hostname, options);
}

function lookupService(address, port) {
  return lookupServicePromise(...arguments);
}

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ...errorCodes,
};
