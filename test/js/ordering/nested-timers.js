// Nested timers: each level runs after its parent, in creation order per level.
setTimeout(() => {
  console.log('outer 1');
  setTimeout(() => {
    console.log('inner 1');
    setTimeout(() => console.log('innermost 1'), 0);
  }, 0);
}, 0);
setTimeout(() => {
  console.log('outer 2');
  setTimeout(() => console.log('inner 2'), 0);
}, 0);
