process.on('unhandledRejection', (r, p) => { console.log('unhandled', r); setTimeout(() => p.catch(() => console.log('caught late')), 10); });
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p instanceof Promise));
Promise.reject(42);
Promise.resolve(1).then((v) => console.log('then still works', v));
