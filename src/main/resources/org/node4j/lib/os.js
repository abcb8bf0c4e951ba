// The os module: facts about the host, from uname(2), getpwuid_r(3),
// getifaddrs(3), /proc and the environment (internalBinding('os')).
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const { codes: { ERR_SYSTEM_ERROR } } = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const { describe, errnoConstants } = require('internal/util/errno');
const { signals } = require('internal/process/signals');

const binding = internalBinding('os');

// A failed uv call (negative errno) as node's SystemError.
function systemError(errno, syscall) {
  const { name, message } = describe(errno);
  return new ERR_SYSTEM_ERROR({ errno, code: name, message, syscall });
}

// Functions whose value also shows when used as a primitive: `${os.hostname}`.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

// Node implements these directly in C++: no name, no prototype.
function nativeLike(fn) {
  return fn;
}

function uname(syscall = 'uv_os_uname') {
  const r = binding.uname();
  if (typeof r === 'number') throw systemError(r, syscall);
  return r;
}

let osInfo; // [sysname, release, version, machine]: fixed for the life of the process
function osInformation() {
  if (osInfo === undefined) {
    const u = uname();
    osInfo = [u[0], u[2], u[3], u[4]];
  }
  return osInfo;
}

function arch() {
  return process.arch;
}

function platform() {
  return process.platform;
}

// Native functions in node: named, but without a prototype (methods).
const { getOSType, getOSRelease, getOSVersion, getMachine } = {
  getOSType() { return osInformation()[0]; },
  getOSRelease() { return osInformation()[1]; },
  getOSVersion() { return osInformation()[2]; },
  getMachine() { return osInformation()[3]; },
};

const hostname = function wrappedFn() {
  return uname('uv_os_gethostname')[1];
};

function passwd() {
  const r = binding.userInfo();
  if (typeof r === 'number') throw systemError(r, 'uv_os_get_passwd');
  return r;
}

// $HOME when it is set (even empty), else the password database.
const homedir = function wrappedFn() {
  const home = process.env.HOME;
  if (home !== undefined) return home;
  const r = binding.userInfo();
  if (typeof r === 'number') throw systemError(r, 'uv_os_homedir');
  return r[3];
};

const uptime = function wrappedFn() {
  const r = binding.uptime();
  if (r < 0) throw systemError(-2, 'uv_uptime');
  return r;
};

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function endianness() {
  return 'LE';
}

function loadavg() {
  const l = binding.loadavg();
  return [l[0], l[1], l[2]];
}

const totalmem = nativeLike(() => binding.totalMemory());
const freemem = nativeLike(() => binding.freeMemory());
const availableParallelism = nativeLike(() => binding.availableParallelism());

function cpus() {
  const flat = binding.cpus();
  const out = [];
  for (let i = 0; i + 6 < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

// The prefix length of a netmask, or null when its ones are not contiguous.
function prefixLength(netmask, family) {
  let parts;
  let width;
  if (family === 'IPv4') {
    parts = netmask.split('.').map((p) => Number(p));
    width = 8;
  } else {
    const [head, tail] = netmask.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const fill = tail === undefined ? [] : new Array(8 - left.length - right.length).fill('0');
    parts = [...left, ...fill, ...right].map((p) => parseInt(p, 16));
    width = 16;
  }
  let bits = 0;
  let ended = false;
  for (const part of parts) {
    for (let bit = width - 1; bit >= 0; bit--) {
      if ((part >> bit) & 1) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
  }
  return bits;
}

function networkInterfaces() {
  const flat = binding.networkInterfaces();
  if (typeof flat === 'number') throw systemError(flat, 'uv_interface_addresses');
  const out = {};
  for (let i = 0; i + 6 < flat.length; i += 7) {
    const name = flat[i];
    const address = flat[i + 1];
    const netmask = flat[i + 2];
    const family = flat[i + 3];
    const bits = prefixLength(netmask, family);
    const entry = {
      address,
      netmask,
      family,
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: bits === null ? null : `${address}/${bits}`,
    };
    if (family === 'IPv6') entry.scopeid = flat[i + 6];
    (out[name] ??= []).push(entry);
  }
  return out;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  validateInt32(pid, 'pid');
  const r = binding.getPriority(pid);
  if (typeof r === 'number') throw systemError(r, 'uv_os_getpriority');
  return r[0];
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const r = binding.setPriority(pid, priority);
  if (r !== 0) throw systemError(r, 'uv_os_setpriority');
}

// The encodings node's native code recognizes; anything else means utf8.
const kEncodings = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'], ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'],
  ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'], ['latin1', 'latin1'], ['binary', 'latin1'],
  ['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex'],
  ['buffer', 'buffer'],
]);

function userInfo(options) {
  const encodingOption = options == null ? undefined : options.encoding;
  const p = passwd();
  let encode = (s) => s;
  if (typeof encodingOption === 'string') {
    const encoding = kEncodings.get(encodingOption.toLowerCase()) ?? 'utf8';
    if (encoding !== 'utf8') {
      const { Buffer } = require('buffer');
      encode = encoding === 'buffer' ? (s) => Buffer.from(s, 'utf8') : (s) => Buffer.from(s, 'utf8').toString(encoding);
    }
  }
  return {
    __proto__: null,
    uid: p[0],
    gid: p[1],
    username: encode(p[2]),
    homedir: encode(p[3]),
    shell: encode(p[4]),
  };
}

function readOnly(target, values) {
  for (const key of Object.keys(values)) {
    Object.defineProperty(target, key, {
      __proto__: null, value: values[key], writable: false, enumerable: true, configurable: false,
    });
  }
  return target;
}

// The errno names node exports (POSIX's set plus a few Linux ones), with
// their Linux numbers from the shared errno table.
const kErrnoNames = [
  'E2BIG', 'EACCES', 'EADDRINUSE', 'EADDRNOTAVAIL', 'EAFNOSUPPORT', 'EAGAIN', 'EALREADY', 'EBADF',
  'EBADMSG', 'EBUSY', 'ECANCELED', 'ECHILD', 'ECONNABORTED', 'ECONNREFUSED', 'ECONNRESET',
  'EDEADLK', 'EDESTADDRREQ', 'EDOM', 'EDQUOT', 'EEXIST', 'EFAULT', 'EFBIG', 'EHOSTUNREACH',
  'EIDRM', 'EILSEQ', 'EINPROGRESS', 'EINTR', 'EINVAL', 'EIO', 'EISCONN', 'EISDIR', 'ELOOP',
  'EMFILE', 'EMLINK', 'EMSGSIZE', 'EMULTIHOP', 'ENAMETOOLONG', 'ENETDOWN', 'ENETRESET',
  'ENETUNREACH', 'ENFILE', 'ENOBUFS', 'ENODATA', 'ENODEV', 'ENOENT', 'ENOEXEC', 'ENOLCK',
  'ENOLINK', 'ENOMEM', 'ENOMSG', 'ENOPROTOOPT', 'ENOSPC', 'ENOSR', 'ENOSTR', 'ENOSYS',
  'ENOTCONN', 'ENOTDIR', 'ENOTEMPTY', 'ENOTSOCK', 'ENOTSUP', 'ENOTTY', 'ENXIO', 'EOPNOTSUPP',
  'EOVERFLOW', 'EPERM', 'EPIPE', 'EPROTO', 'EPROTONOSUPPORT', 'EPROTOTYPE', 'ERANGE', 'EROFS',
  'ESPIPE', 'ESRCH', 'ESTALE', 'ETIME', 'ETIMEDOUT', 'ETXTBSY', 'EWOULDBLOCK', 'EXDEV',
];
const linuxErrno = errnoConstants();
const errnoTable = {};
for (const name of kErrnoNames) {
  if (linuxErrno[name] !== undefined) errnoTable[name] = linuxErrno[name];
}
const constants = { __proto__: null };
readOnly(constants, { UV_UDP_REUSEADDR: 4 });
constants.dlopen = readOnly({ __proto__: null }, {
  RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
});
constants.errno = readOnly({ __proto__: null }, errnoTable);
constants.signals = Object.freeze(readOnly({ __proto__: null }, { ...signals }));
constants.priority = readOnly({ __proto__: null }, {
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});

module.exports = {
  arch: withPrimitive(arch),
  availableParallelism: withPrimitive(availableParallelism),
  cpus,
  endianness: withPrimitive(endianness),
  freemem: withPrimitive(freemem),
  getPriority,
  homedir: withPrimitive(homedir),
  hostname: withPrimitive(hostname),
  loadavg,
  networkInterfaces,
  platform: withPrimitive(platform),
  release: withPrimitive(getOSRelease),
  setPriority,
  tmpdir: withPrimitive(tmpdir),
  totalmem: withPrimitive(totalmem),
  type: withPrimitive(getOSType),
  userInfo,
  uptime: withPrimitive(uptime),
  version: withPrimitive(getOSVersion),
  machine: withPrimitive(getMachine),
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
