// An unref'd timer does not keep the process alive.
const t = setTimeout(() => console.log('unref timer: wrong'), 100000);
t.unref();
console.log('hasRef after unref: ' + t.hasRef());
const i = setImmediate(() => console.log('unref immediate still runs this iteration?'));
i.unref();
console.log('immediate hasRef: ' + i.hasRef());
process.on('exit', (code) => console.log('exit ' + code));
