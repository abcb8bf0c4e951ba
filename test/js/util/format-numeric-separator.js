// util.format groups the digits of %s, %d, %i and %f numbers when numericSeparator is on.
const util = require('util');
util.inspect.defaultOptions.numericSeparator = true;
console.log(util.format('%d %s %i %f', 1234567, 7654321, 1234567.5, 1234567.25));
console.log(util.formatWithOptions({ numericSeparator: false }, '%d %s', 1234567, 98765432n));
util.inspect.defaultOptions.numericSeparator = false;
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %s %i', 1234567, 98765432n, 5555555));
