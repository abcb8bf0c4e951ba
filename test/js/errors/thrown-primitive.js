// Throwing a primitive prints the excerpt and the value, exit 1.
console.log('before');
throw 'a plain string';
