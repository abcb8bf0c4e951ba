// Delays are coerced: strings are numbers, NaN/negative become 1 ms (with a
// warning once per process), undefined is 1 ms without a warning.
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('-1'), -1);
setTimeout(() => console.log('undefined'));
setTimeout(() => console.log("'abc'"), 'abc');
setTimeout(() => console.log('-5'), -5);
setTimeout(() => console.log('5'), 5);
setTimeout(() => console.log("'10'"), '10');
setTimeout(() => console.log('30'), 30);
