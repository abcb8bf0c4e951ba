// ref() after unref() keeps the process alive again.
const t = setTimeout(() => console.log('ref timer fired'), 10);
t.unref();
t.ref();
console.log('hasRef: ' + t.hasRef());
const interval = setInterval(() => console.log('unref interval: wrong'), 100000);
interval.unref();
process.on('exit', () => console.log('exit'));
