// A syntax error in the main script: nothing runs, exit 1.
console.log('never printed');
let x = ;
