// An uncaught MODULE_NOT_FOUND from a nested chain: stderr shows the throw
// site inside node, the message with the require stack, and the error properties.
require('./fixtures/cjs/chain/one.js');
