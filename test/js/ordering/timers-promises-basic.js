// timers/promises resolve with their value, in the loop's phase order.
const tp = require('timers/promises');
tp.setTimeout(1).then((v) => console.log('undefined value: ' + (v === undefined)));
(async () => {
  const v = await tp.setTimeout(5, 'timeout value');
  console.log('setTimeout resolved: ' + v);
  const w = await tp.setImmediate('immediate value');
  console.log('setImmediate resolved: ' + w);
  let n = 0;
  for await (const x of tp.setInterval(2, 'tick')) {
    n++;
    console.log('interval ' + n + ' ' + x);
    if (n === 3) break;
  }
  console.log('interval done');
})();
console.log('sync');
