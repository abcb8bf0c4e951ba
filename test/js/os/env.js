// homedir() follows $HOME (even empty) and falls back to the passwd entry;
// tmpdir() uses TMPDIR, TMP, TEMP, then /tmp, dropping one trailing slash.
'use strict';
const os = require('os');
const env = process.env;
const pwHome = os.userInfo().homedir;
env.HOME = '/some/where';
console.log(os.homedir());
env.HOME = '';
console.log(JSON.stringify(os.homedir()));
delete env.HOME;
console.log(os.homedir() === pwHome);
delete env.TMPDIR;
delete env.TMP;
delete env.TEMP;
console.log(os.tmpdir());
for (const v of ['/a//', '/', '//', '', 'a/', '/x/y/', 'rel']) {
  env.TMPDIR = v;
  console.log(JSON.stringify(v), JSON.stringify(os.tmpdir()));
}
delete env.TMPDIR;
env.TMP = '/tmpx/';
env.TEMP = '/te';
console.log(os.tmpdir());
delete env.TMP;
console.log(os.tmpdir());
env.TMPDIR = '/first';
console.log(os.tmpdir());
