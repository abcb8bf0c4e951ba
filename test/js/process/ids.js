// getuid & co return non-negative integers; getgroups includes the egid.
'use strict';
for (const name of ['getuid', 'geteuid', 'getgid', 'getegid']) {
  const v = process[name]();
  console.log(name, typeof v, Number.isInteger(v) && v >= 0, process[name].name);
}
const groups = process.getgroups();
console.log(Array.isArray(groups), groups.every((g) => Number.isInteger(g) && g >= 0));
console.log(groups.includes(process.getegid()));
