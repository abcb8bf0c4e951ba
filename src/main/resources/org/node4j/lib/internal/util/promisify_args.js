// The key under which a callback API names the values its callback receives
// after the error (dns.lookup: address, family), so util.promisify resolves
// them as one object. Private to node's own modules.
'use strict';

module.exports = Symbol('customPromisifyArgs');
