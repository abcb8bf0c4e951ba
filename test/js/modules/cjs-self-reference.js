// A package with "exports" can require itself by its own name; self-reference
// still applies the exports map.
const req = require('./fixtures/pkgs/req.js');
console.log(req('self-ref'));
console.log(req('self-ref/check'));
