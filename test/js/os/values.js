// Formats and types of the host facts (values themselves vary by machine).
'use strict';
const os = require('os');
console.log(os.arch() === process.arch, os.platform() === process.platform, os.platform());
console.log(os.type(), os.endianness(), os.EOL === '\n');
console.log(/^\d+\.\d+/.test(os.release()), typeof os.version(), os.version().length > 0);
console.log(/^(x86_64|aarch64|riscv64|ppc64le|s390x)$/.test(os.machine()));
const host = os.hostname();
console.log(typeof host, host.length > 0, host === os.hostname());
console.log(typeof os.homedir(), os.homedir().startsWith('/') || os.homedir() === '');
const up = os.uptime();
console.log(typeof up, up > 0, Number.isFinite(up));
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));
const total = os.totalmem();
const free = os.freemem();
console.log(Number.isInteger(total), Number.isInteger(free), total > 0, free > 0, free <= total, total % 1024);
const n = os.availableParallelism();
console.log(Number.isInteger(n), n >= 1, n <= os.cpus().length || os.cpus().length === 0);
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0);
for (const cpu of cpus) {
  const ok = Object.keys(cpu).join() === 'model,speed,times' &&
    typeof cpu.model === 'string' && Number.isInteger(cpu.speed) && cpu.speed >= 0 &&
    Object.keys(cpu.times).join() === 'user,nice,sys,idle,irq' &&
    Object.values(cpu.times).every((t) => Number.isInteger(t) && t >= 0);
  if (!ok) console.log('bad cpu', cpu);
}
console.log('cpus checked');
console.log(os.devNull, os.endianness.call(null), os.platform.apply(undefined, [1, 2]));
