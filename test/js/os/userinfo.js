// userInfo(): the effective user's passwd entry, null prototype, options.
'use strict';
const os = require('os');
const info = os.userInfo();
console.log(Object.getPrototypeOf(info), Object.keys(info));
console.log(info.uid === process.geteuid(), info.gid === process.getegid() || Number.isInteger(info.gid));
console.log(typeof info.username, info.username.length > 0, typeof info.shell, info.homedir.startsWith('/'));
for (const opts of [undefined, null, 1, 'x', {}, [], { encoding: 'bad' }, { encoding: null }, { encoding: 1 },
  { encoding: 'utf8' }, { encoding: 'UTF-8' }]) {
  const u = os.userInfo(opts);
  console.log(JSON.stringify(opts), u.username === info.username, u.homedir === info.homedir, u.shell === info.shell);
}
try {
  os.userInfo({ get encoding() { throw new Error('boom'); } });
} catch (e) {
  console.log(e.message);
}
console.log(os.userInfo !== undefined && os.userInfo().uid === info.uid);
