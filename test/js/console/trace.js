// console.trace prints "Trace: msg" and the stack to stderr.
'use strict';
console.trace('hi %d', 5);
console.trace();
console.trace('a', 1, 'b');
function inner() {
  console.trace('from inner');
}
inner();
console.log('after');
