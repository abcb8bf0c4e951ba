// A .cjs entry script is CommonJS whatever the package type: the wrapper
// variables exist, require.main is this module, and it can require ESM.
const path = require('path');
console.log(path.basename(__filename), path.relative(__dirname, __filename), require.main === module);
console.log(typeof exports, this === module.exports, module.id);
console.log(require('./fixtures/esm/type-module/legacy.cjs'));
console.log(require('./fixtures/esm/type-module/lib.js').kind);
