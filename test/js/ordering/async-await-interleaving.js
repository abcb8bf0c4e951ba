// await takes microtask turns; ticks run before resumed async functions.
async function a() {
  console.log('a start');
  await null;
  console.log('a after await 1');
  await null;
  console.log('a after await 2');
}
async function b() {
  console.log('b start');
  await Promise.resolve();
  console.log('b after await');
  process.nextTick(() => console.log('tick from b'));
  await new Promise((r) => setTimeout(r, 0));
  console.log('b after timer');
}
a();
b();
process.nextTick(() => console.log('tick top'));
Promise.resolve().then(() => console.log('promise top'));
console.log('sync end');
