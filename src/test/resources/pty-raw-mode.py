# Runs node4j on a pseudo-terminal: stdin must be a tty.ReadStream, raw mode must
# deliver bytes as typed (^C included), pause() must let the process end, and the
# terminal's attributes must be as before once node4j has exited.
# Usage: python3 pty-raw-mode.py NODE4J
import os, pty, select, sys, termios, time

script = r'''
const s = process.stdin;
console.log('kinds', s.isTTY, s.constructor.name, process.stdout.isTTY, process.stdout.constructor.name);
s.setRawMode(true);
console.log('raw', s.isRaw);
s.on('data', (d) => {
  console.log('got', JSON.stringify(String(d)));
  if (String(d).includes('q')) {
    s.setRawMode(true);   // stays raw: the launcher must put the terminal back
    s.pause();
  }
});
'''
pid, fd = pty.fork()
if pid == 0:
    os.environ['NO_COLOR'] = '1'
    os.execv(sys.argv[1], [sys.argv[1], '-e', script])
before = termios.tcgetattr(fd)
out = b''
sent = False
deadline = time.time() + 60
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.5)
    if not ready:
        continue
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
    if b'raw' in out and not sent:
        time.sleep(0.2)
        os.write(fd, b'ab\x03')
        time.sleep(0.5)
        os.write(fd, b'q')
        sent = True
else:
    os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
after = termios.tcgetattr(fd)
sys.stdout.write(out.decode('utf8', 'replace').replace('\r\n', '\n'))
print('exit', os.waitstatus_to_exitcode(status))
print('terminal restored', before == after)
