// process.umask: get, set with number or octal string, and invalid masks.
'use strict';
const old = process.umask();
console.log(typeof old);
console.log(process.umask(0o27) === old);
console.log(process.umask().toString(8));
console.log(process.umask('0777').toString(8));
console.log(process.umask('22').toString(8));
console.log(process.umask(0o1777).toString(8), process.umask().toString(8));
for (const bad of ['0o22', 'abc', '', '8', -1, 2 ** 32, 1.5, null, {}, true]) {
  try {
    process.umask(bad);
    console.log('accepted', bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
process.umask(old);
console.log(process.umask() === old);
