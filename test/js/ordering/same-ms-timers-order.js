// Timers with the same delay fire in creation order; 0 and 1 share the 1 ms list.
// Longer delays are created last so that slow script execution cannot reorder them.
setTimeout(() => console.log('t0 a'), 0);
setTimeout(() => console.log('t1 a'), 1);
setTimeout(() => console.log('t0 b'), 0);
setTimeout(() => console.log('t1 b'), 1);
setTimeout(() => console.log('t10 a'), 10);
setTimeout(() => console.log('t10 b'), 10);
setTimeout(() => console.log('t10 c'), 10);
setTimeout(() => console.log('t50'), 50);
