// Delays above 2**31-1 are set to 1 ms with a TimeoutOverflowWarning.
setTimeout(() => console.log('overflowed timer fires'), 2 ** 31);
setTimeout(() => console.log('second overflow'), 2 ** 40);
setTimeout(() => console.log('infinity'), Infinity);
process.on('warning', (w) => console.log('warning event: ' + w.name));
