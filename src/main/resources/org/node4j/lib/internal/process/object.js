// The process object: an EventEmitter whose prototype is named "process", with
// the fields and methods Node documents. Natives come from 'process_methods'.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const EventEmitter = require('events');
const natives = internalBinding('process_methods');
const config = internalBinding('config');
const {
  ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL,
} = require('internal/errors').codes;
const { validateBoolean, validateString, validateUint32 } = require('internal/validators');

const NODE_VERSION = 'v24.21.0';
const NODE4J_VERSION = '0.1.0';

// `process` is an instance of a function named "process" so util.inspect prints "process {".
function processConstructor() {}
Object.defineProperty(processConstructor, 'name', { __proto__: null, value: 'process' });
const processPrototype = Object.create(EventEmitter.prototype, {
  constructor: { __proto__: null, value: processConstructor, writable: true, configurable: true },
});
processConstructor.prototype = processPrototype;
const process = Object.create(processPrototype);
EventEmitter.call(process);
// Object.prototype.toString.call(process) is '[object process]' in node; the
// tag is the object's own, so copies of process's properties do not carry it.
Object.defineProperty(process, Symbol.toStringTag, {
  __proto__: null, value: 'process', writable: true, enumerable: false, configurable: false,
});

function define(name, value, enumerable = true) {
  Object.defineProperty(process, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

define('version', NODE_VERSION);
define('versions', Object.freeze({
  __proto__: null,
  node: NODE_VERSION.slice(1),
  acorn: '8.15.0',
  ada: '3.2.4',
  ares: '1.34.5',
  brotli: '1.1.0',
  cjs_module_lexer: '2.1.0',
  cldr: '47.0',
  icu: '77.1',
  llhttp: '9.3.0',
  modules: '137',
  napi: '10',
  nghttp2: '1.66.0',
  openssl: '3.5.2',
  simdutf: '6.4.0',
  tz: '2025b',
  undici: '7.16.0',
  unicode: '16.0',
  uv: '1.51.0',
  uvwasi: '0.0.23',
  v8: '13.6.233.17-node.53',
  zlib: '1.3.1',
  node4j: NODE4J_VERSION,
  graaljs: '25.0.3',
}));
define('arch', 'x64');
define('platform', 'linux');
define('release', Object.freeze({
  __proto__: null,
  name: 'node',
  lts: 'Krypton',
  sourceUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}-headers.tar.gz`,
}));
define('features', Object.freeze({
  __proto__: null,
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
  tls_ocsp: true, tls: true, openssl_is_boringssl: false, cached_builtins: true,
  require_module: true, quic: false, typescript: false,
}));
define('config', Object.freeze({
  target_defaults: {
    cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [],
  },
  variables: {
    asan: 0, coverage: false, debug_nghttp2: false, debug_node: false, host_arch: 'x64',
    icu_small: false, llvm_version: '0.0', napi_build_version: '10', node_builtin_shareable_builtins: [],
    node_byteorder: 'little', node_install_npm: true, node_module_version: 137, node_prefix: '/usr/local',
    node_shared: false, node_shared_openssl: false, node_use_amaro: false, node_use_node_code_cache: false,
    node_use_node_snapshot: false, node_use_openssl: true, node_use_v8_platform: true,
    openssl_is_fips: false, shlib_suffix: 'so.137', target_arch: 'x64', v8_enable_i18n_support: 1,
    v8_enable_inspector: 0, v8_enable_pointer_compression: 0, v8_enable_sandbox: 0,
    v8_optimized_debug: 1, v8_promise_internal_field_count: 1, v8_use_siphash: 1,
    want_separate_host_toolset: 0, is_debug: 0, single_executable_application: false,
  },
}));
define('pid', natives.pid());
Object.defineProperty(process, 'ppid', {
  __proto__: null, enumerable: true, configurable: true, get() { return natives.ppid(); },
});
define('execPath', config.execPath());
define('execArgv', Array.from(config.execArgv()));
define('argv', []);
define('argv0', 'node');
define('debugPort', 9229);
// --title=x names the process (node sets it at startup).
define('title', (() => {
  const argv = process.execArgv;
  let title = 'node';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--title=')) title = argv[i].slice(8);
    else if (argv[i] === '--title' && i + 1 < argv.length) title = argv[++i];
  }
  return title;
})());
define('env', require('internal/process/env').createEnv(natives.env()));
define('_exiting', false);
define('moduleLoadList', require('internal/bootstrap/realm').moduleLoadList, false);
define('allowedNodeEnvironmentFlags', new Set());
define('report', undefined, false);

// process.exitCode: validated like Node 20+ (integer, or an integer string).
let exitCode;
function validateExitCode(code) {
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return +code;
  if (typeof code !== 'number') throw new ERR_INVALID_ARG_TYPE('code', 'number', code);
  if (!Number.isInteger(code)) throw new ERR_OUT_OF_RANGE('code', 'an integer', code);
  return code;
}
Object.defineProperty(process, 'exitCode', {
  __proto__: null, enumerable: true, configurable: false,
  get() { return exitCode; },
  set(code) { exitCode = validateExitCode(code) ?? code ?? undefined; },
});

function exit(code) {
  const validated = validateExitCode(code);
  if (validated !== undefined) process.exitCode = validated;
  if (!process._exiting) {
    require('internal/process/execution').emitExitEvent();
  }
  process.reallyExit(process.exitCode === undefined ? 0 : process.exitCode);
}
define('exit', exit);
define('reallyExit', (code) => natives.reallyExit(code | 0));
define('abort', () => natives.reallyExit(134));

define('cwd', function cwd() {
  const dir = natives.cwd();
  if (typeof dir === 'number') {
    const { uvException } = require('internal/errors');
    throw uvException({ errno: dir, syscall: 'uv_cwd' });
  }
  return dir;
});
define('chdir', function chdir(directory) {
  validateString(directory, 'directory');
  const r = natives.chdir(directory);
  if (r < 0) {
    const { uvException } = require('internal/errors');
    // The C string ends at the first NUL, and so does the path in the message.
    const nul = directory.indexOf('\0');
    const dest = nul === -1 ? directory : directory.slice(0, nul);
    throw uvException({ errno: r, syscall: 'chdir', path: process.cwd(), dest });
  }
});
define('umask', function umask(mask) {
  if (mask === undefined) {
    const old = natives.umask(0);
    natives.umask(old);
    return old;
  }
  mask ??= undefined;
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  }
  validateUint32(mask, 'mask');
  return natives.umask(mask & 0o777);
});

const NANOS = 1e9;
function hrtime(time) {
  const now = natives.hrtime();
  let sec = Math.floor(now / NANOS);
  let nsec = now - sec * NANOS;
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    sec -= time[0];
    nsec -= time[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += NANOS;
    }
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  return BigInt(natives.hrtime());
};
define('hrtime', hrtime);
define('uptime', function uptime() { return natives.uptime(); });

function memoryUsage() {
  const m = natives.memoryUsage();
  return {
    rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed,
    external: m.external, arrayBuffers: m.arrayBuffers,
  };
}
memoryUsage.rss = function rss() { return natives.rss(); };
define('memoryUsage', memoryUsage);

// A previous cpuUsage() result must hold two finite, non-negative numbers.
function validateCpuUsage(prev) {
  if (prev === null || typeof prev !== 'object') throw new ERR_INVALID_ARG_TYPE('prevValue', 'object', prev);
  for (const key of ['user', 'system']) {
    const name = `prevValue.${key}`;
    const v = prev[key];
    if (typeof v !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', v);
    if (!(v >= 0) || v === Infinity) {
      const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_VALUE.RangeError(name, v);
    }
  }
}
function usageSince(usage, prev) {
  const user = usage[0];
  const system = usage[1];
  if (prev) {
    validateCpuUsage(prev);
    return { user: user - prev.user, system: system - prev.system };
  }
  return { user, system };
}
define('cpuUsage', function cpuUsage(prev) {
  return usageSince(natives.cpuUsage(), prev);
});
define('threadCpuUsage', function threadCpuUsage(prev) {
  if (Array.isArray(prev)) throw new ERR_INVALID_ARG_TYPE('prevValue', 'object', prev);
  return usageSince(natives.threadCpuUsage(), prev);
});
// natives.resourceUsage() gives getrusage(RUSAGE_SELF) in this order; maxRSS in KB.
const RESOURCE_USAGE_KEYS = [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches',
];
define('resourceUsage', function resourceUsage() {
  const fields = natives.resourceUsage();
  const usage = {};
  for (let i = 0; i < RESOURCE_USAGE_KEYS.length; i++) usage[RESOURCE_USAGE_KEYS[i]] = fields[i];
  return usage;
});
define('constrainedMemory', function constrainedMemory() { return 0; });
define('availableMemory', function availableMemory() { return require('os').freemem?.() ?? 0; });

define('kill', function kill(pid, sig = 'SIGTERM') {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  const { signals } = require('internal/process/signals');
  let signum;
  if (typeof sig === 'number' && sig === (sig | 0)) {
    signum = sig;
  } else if (typeof sig === 'string') {
    signum = signals[sig];
    if (signum === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  } else {
    throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  const r = natives.kill(pid | 0, signum);
  if (r < 0) {
    // Node words this one as "kill ESRCH", not in the uv "CODE: message, syscall" form.
    const { name } = require('internal/util/errno').describe(r);
    const err = new Error(`kill ${name}`);
    err.errno = r;
    err.code = name;
    err.syscall = 'kill';
    throw err;
  }
  return true;
});

for (const name of ['getuid', 'geteuid', 'getgid', 'getegid']) {
  define(name, { [name]() { return natives[name](); } }[name]);
}
define('getgroups', function getgroups() {
  const groups = natives.getgroups();
  const out = [];
  for (let i = 0; i < groups.length; i++) out.push(groups[i]);
  // Node documents that the effective group id is always in the list.
  const egid = natives.getegid();
  if (!out.includes(egid)) out.push(egid);
  return out;
});

// process.setuid/setgid/seteuid/setegid, setgroups, initgroups: ids or names.
function validateId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}
// Worded as node's ErrnoException: "EPERM, Operation not permitted".
function credentialError(errno, syscall) {
  const util = require('util');
  const code = util.getSystemErrorName(errno);
  const text = util.getSystemErrorMessage(errno);
  const err = new Error(`${code}, ${text.charAt(0).toUpperCase()}${text.slice(1)}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}
// A name as its id ('user' or 'group'); ERR_UNKNOWN_CREDENTIAL when the system has none.
function resolveId(id, kind) {
  if (typeof id === 'number') return id;
  const found = natives.idOf(kind, id);
  if (found < 0) {
    const { ERR_UNKNOWN_CREDENTIAL } = require('internal/errors').codes;
    throw new ERR_UNKNOWN_CREDENTIAL(kind === 'user' ? 'User' : 'Group', id);
  }
  return found;
}
for (const [name, which, kind] of [
  ['setuid', 'uid', 'user'], ['seteuid', 'euid', 'user'], ['setgid', 'gid', 'group'], ['setegid', 'egid', 'group'],
]) {
  define(name, { [name](id) {
    validateId(id, 'id');
    const err = natives.setId(which, resolveId(id, kind));
    if (err < 0) throw credentialError(err, name);
  } }[name]);
}
define('setgroups', function setgroups(groups) {
  if (!Array.isArray(groups)) throw new ERR_INVALID_ARG_TYPE('groups', 'Array', groups);
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  const err = natives.setgroups(groups.map((g) => resolveId(g, 'group')));
  if (err < 0) throw credentialError(err, 'setgroups');
});
define('initgroups', function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  const gid = resolveId(extraGroup, 'group');
  if (typeof user === 'string') resolveId(user, 'user');
  const err = natives.initgroups(user, gid);
  if (err === 1) {
    const { ERR_UNKNOWN_CREDENTIAL } = require('internal/errors').codes;
    throw new ERR_UNKNOWN_CREDENTIAL('User', user);
  }
  if (err < 0) throw credentialError(err, 'initgroups');
});

define('emitWarning', (...args) => require('internal/process/warning').emitWarning(...args));
define('loadEnvFile', function loadEnvFile(path = undefined) {
  require('internal/process/env_file').loadEnvFile(path);
});
define('getBuiltinModule', function getBuiltinModule(id) {
  validateString(id, 'id');
  const { BuiltinModule } = require('internal/bootstrap/realm');
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (!BuiltinModule.canBeRequiredByUsers(name)) return undefined;
  return BuiltinModule.require(name);
});
define('binding', function binding(name) {
  throw new Error(`No such module: ${name}`);
}, false);
// Open, ref'd stream handles (sockets, servers) by their owners.
define('_getActiveHandles', function _getActiveHandles() {
  return require('internal/stream_handles').activeHandles();
}, false);
// process._rawDebug: straight to fd 2, synchronously, whatever state stderr is in.
define('_rawDebug', function _rawDebug(...args) {
  require('fs').writeSync(2, `${require('internal/util/inspect').format(...args)}\n`);
}, false);
define('_getActiveRequests', function _getActiveRequests() {
  return Array.from(require('internal/fs/utils').activeRequests);
}, false);
// Requests, then the timeouts and immediates that keep the loop alive, by type name.
define('getActiveResourcesInfo', function getActiveResourcesInfo() {
  const info = Array.from(require('internal/fs/utils').activeRequests, () => 'FSReqCallback');
  const { timeouts, immediates } = require('internal/timers').activeTimerCounts();
  for (let i = 0; i < timeouts; i++) info.push('Timeout');
  for (let i = 0; i < immediates; i++) info.push('Immediate');
  info.push(...require('internal/stream_handles').activeResourceNames());
  return info;
});
define('setUncaughtExceptionCaptureCallback', function setUncaughtExceptionCaptureCallback(fn) {
  require('internal/process/execution').setUncaughtExceptionCaptureCallback(fn);
});
define('hasUncaughtExceptionCaptureCallback', function hasUncaughtExceptionCaptureCallback() {
  return require('internal/process/execution').hasUncaughtExceptionCaptureCallback();
});
define('setSourceMapsEnabled', function setSourceMapsEnabled(enabled) {
  validateBoolean(enabled, 'enabled');
  // The process-wide switch covers node_modules and generated code too, as node's does.
  require('internal/modules/cjs/loader').Module.setSourceMapsSupport(enabled, { nodeModules: true, generatedCode: true });
});
Object.defineProperty(process, 'sourceMapsEnabled', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return require('internal/modules/cjs/loader').Module.getSourceMapsSupport().enabled; },
});
define('throwDeprecation', config.hasFlag('--throw-deprecation'));
define('noDeprecation', config.hasFlag('--no-deprecation'));
define('traceDeprecation', config.hasFlag('--trace-deprecation'));

require('internal/process/stdio').install(process);
require('internal/process/signals').installSignalHandling(process);

module.exports = process;
