// Returning a promise from an async function costs extra microtask turns.
async function returnsPromise() { return Promise.resolve('p'); }
async function returnsValue() { return 'v'; }
returnsPromise().then((x) => console.log('resolved ' + x));
returnsValue().then((x) => console.log('resolved ' + x));
Promise.resolve().then(() => console.log('turn 1')).then(() => console.log('turn 2'))
  .then(() => console.log('turn 3')).then(() => console.log('turn 4'));
