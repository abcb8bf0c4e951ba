// Flags: ./no-such-script.js
// Runs node with a script path that does not exist (the flag line names it first).
console.log('never printed');
