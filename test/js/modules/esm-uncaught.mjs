// An uncaught error thrown at the top level of an .mjs entry: stderr shows
// the file URL and line, the source line, a caret, then the error.
import { named } from './fixtures/esm/plain.mjs';
console.log('before the throw:', named);
function fail(message) {
  throw new TypeError(message);
}
fail('thrown from an ES module');
