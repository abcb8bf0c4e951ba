// Flags: --conditions=custom
// --conditions adds a user condition, matched in object order for exports and imports.
const req = require('./fixtures/pkgs/req.js');
console.log(req('exp-custom'));
console.log(req('exp-custom/sub'));
console.log(req('exp-custom/which'));
console.log(req('exp-nested/feature'));
console.log(process.execArgv);
