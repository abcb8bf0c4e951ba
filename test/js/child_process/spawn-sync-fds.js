// spawnSync with any fd layout: a file as stdin, extra piped fds, signals,
// timeouts with a kill signal, maxBuffer, errors worded as node words them.
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-ss-')), 'in.txt');
fs.writeFileSync(file, 'file input\n');
const fd = fs.openSync(file, 'r');
let r = cp.spawnSync('cat', [], { stdio: [fd, 'pipe', 'pipe'] }); console.log(r.status, r.signal, String(r.stdout));
r = cp.spawnSync('sh', ['-c', 'kill -9 $$']); console.log(r.status, r.signal);
r = cp.spawnSync('sleep', ['5'], { timeout: 200 }); console.log(r.status, r.signal, r.error && r.error.code, r.error && r.error.message, Object.keys(r), r.error.path, r.error.spawnargs);
r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; echo three >&3; exit 3'], { stdio: ['pipe','pipe','pipe','pipe'] }); console.log(r.status, r.output.map(String));
r = cp.spawnSync('nope-cmd'); console.log(r.error.code, r.error.message, r.pid, r.output, Object.keys(r));
r = cp.spawnSync('cat', { input: 'hello' , encoding: 'utf8'}); console.log(JSON.stringify(r.stdout));
r = cp.spawnSync('sh', ['-c', 'head -c 100000 /dev/zero'], { maxBuffer: 10 }); console.log(r.status, r.signal, r.error.code, r.stdout.length > 10);
console.log(cp.execSync('echo hi; echo warn >&2').toString());
try { cp.execFileSync('sh', ['-c', 'echo bad >&2; exit 2']); } catch (e) { console.log(e.status, e.message); }
try { cp.spawnSync('cat', { stdio: ['pipe', 'ipc'] }); } catch (e) { console.log(e.code, e.message); }
try { cp.spawnSync('cat', { input: 5 }); } catch (e) { console.log(e.code, e.message); }
r = cp.spawnSync('sh', ['-c', 'trap "" TERM; sleep 1; echo survived'], { timeout: 100, killSignal: 'SIGKILL' }); console.log(r.status, r.signal, r.error.code);
fs.closeSync(fd);
fs.rmSync(path.dirname(file), { recursive: true });
