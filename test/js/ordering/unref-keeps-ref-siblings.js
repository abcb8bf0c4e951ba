// An unref'd timer still fires while some other ref'd timer keeps the loop alive.
const u = setTimeout(() => console.log('unref timer fired'), 5);
u.unref();
setTimeout(() => console.log('ref timer fired'), 40);
