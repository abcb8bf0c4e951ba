// require() cycles: the module in progress is returned with its partial
// exports; replacing module.exports afterwards does not reach the earlier
// reference. Reading a missing property (here toJSON, through %j and
// JSON.stringify) of a partial exports object warns on stderr.
const a = require('./fixtures/cjs/cycle/a.js');
const b = require('./fixtures/cjs/cycle/b.js');
console.log('main: a.done = %j, b.done = %j', a.done, b.done);
const ra = require('./fixtures/cjs/cycle/replace-a.js');
const rb = require('./fixtures/cjs/cycle/replace-b.js');
console.log(ra);
console.log(rb.sawA, Object.keys(rb.aRef), rb.aRef.lost, rb.aRef === ra);
