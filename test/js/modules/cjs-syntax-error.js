// A SyntaxError in a required file: catchable, the file is not left in
// require.cache, requiring it again throws again; uncaught, stderr shows
// file:line, the source line and a caret under the offending token.
const path = require('path');
for (let i = 0; i < 2; i++) {
  try {
    require('./fixtures/cjs/syntax/bad.js');
  } catch (err) {
    console.log(err.name, err.message, err instanceof SyntaxError, err.code);
  }
}
console.log(path.join(__dirname, 'fixtures/cjs/syntax/bad.js') in require.cache);
require('./fixtures/cjs/syntax/requires-bad.js');
console.log('never printed');
