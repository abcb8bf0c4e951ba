// A top-level await that never settles: node exits with code 13 and warns
// about the unsettled top-level await.
console.log('before');
await new Promise(() => {});
console.log('never printed');
