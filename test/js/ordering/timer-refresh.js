// refresh() restarts a timer with the same callback; a fired timeout can be refreshed again.
let count = 0;
let t;
setTimeout(() => {
  console.log('refreshing');
  const r = t.refresh();
  console.log('refresh returns the timer: ' + (r === t));
}, 5);
t = setTimeout(() => {
  count++;
  console.log('timer fired ' + count);
  if (count === 1) {
    setTimeout(() => {
      console.log('refresh after firing');
      t.refresh();
    }, 1);
  }
}, 20);
