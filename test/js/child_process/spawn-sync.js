// spawnSync / execSync / execFileSync: output, status, input, env, cwd, errors.
const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(r.status, r.signal, r.stdout.toString(), r.stderr.toString(), r.output.length, r.output[0], typeof r.pid);
const cat = cp.spawnSync('cat', { input: 'fed through stdin', encoding: 'utf8' });
console.log(JSON.stringify(cat.stdout), cat.status);
console.log(cp.spawnSync('sh', ['-c', 'echo $FOO'], { env: { FOO: 'bar' }, encoding: 'utf8' }).stdout);
console.log(cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' }).stdout);
const missing = cp.spawnSync('definitely-not-a-command-n4j');
console.log(missing.error.code, missing.error.errno, missing.error.syscall, missing.error.path, missing.error.spawnargs,
  missing.status, missing.stdout);
console.log(cp.execSync('echo hi && echo there').toString());
console.log(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }));
try {
  cp.execSync('exit 4', { stdio: 'pipe' });
} catch (e) {
  console.log(e.message, e.status);
}
try {
  cp.execFileSync('sh', ['-c', 'echo bad >&2; exit 1'], { stdio: 'pipe' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.stderr.toString());
}
const timed = cp.spawnSync('sleep', ['5'], { timeout: 100 });
console.log(timed.error.code, timed.signal, timed.status);
try {
  cp.spawnSync(42);
} catch (e) {
  console.log(e.code, e.message);
}
