// process.kill: signal 0 probes, unknown signals, bad pids.
'use strict';
console.log(process.kill(process.pid, 0));
console.log(process.kill(process.pid, 'SIGCONT'));
for (const sig of ['SIGFOO', 'sigterm', 1.5, true, 'TERM']) {
  try {
    process.kill(process.pid, sig);
    console.log('accepted', sig);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const pid of ['x', 2 ** 32, -0.5, NaN, undefined]) {
  try {
    process.kill(pid, 0);
    console.log('accepted', pid);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  process.kill(2147483647, 0);
} catch (err) {
  console.log(err.name, err.code, err.errno, err.syscall, err.message, Object.keys(err));
}
try {
  process.kill(process.pid, -1);
} catch (err) {
  console.log(err.code, err.errno, err.syscall, err.message);
}
