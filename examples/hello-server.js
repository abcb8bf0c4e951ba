// The first example Node ever showed: answer after two seconds without
// blocking anyone else. (http arrives with the http issue; until then this
// example shows the same non-blocking wait with timers.)
const started = Date.now();
for (const name of ['alice', 'bob', 'carol']) {
  setTimeout(() => {
    console.log(`Hello World, ${name} (after ${Math.round((Date.now() - started) / 100) / 10}s)`);
  }, 2000);
}
console.log('waiting for three requests at once...');
