// Node's error codes: classes whose message, name, code and toString match
// Node's, and the system-error builders (errno, syscall, path).
'use strict';

const messages = new Map();
const codes = {};

let inspectFn;
function lazyInspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function makeNodeErrorClass(Base, key) {
  return class NodeError extends Base {
    constructor(...args) {
      const message = formatMessage(key, args);
      super(message);
      Object.defineProperty(this, 'code', {
        __proto__: null, value: key, enumerable: true, writable: true, configurable: true,
      });
      fixStackName(this, Base.name, key);
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  };
}

// The first line of the stack reads "TypeError [ERR_X]: message" while name stays "TypeError".
function fixStackName(err, name, key) {
  const stack = err.stack;
  if (typeof stack === 'string' && stack.startsWith(`${name}: `)) {
    Object.defineProperty(err, 'stack', {
      __proto__: null,
      value: `${name} [${key}]: ${stack.slice(name.length + 2)}`,
      writable: true, configurable: true, enumerable: false,
    });
  }
}

function formatMessage(key, args) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return msg(...args);
  // Like Node: the template goes through util.format, so objects are inspected.
  return require('internal/util/inspect').format(msg, ...args);
}

function E(key, msg, ...bases) {
  messages.set(key, msg);
  const [Base, ...others] = bases;
  const cls = makeNodeErrorClass(Base, key);
  for (const Other of others) cls[Other.name] = makeNodeErrorClass(Other, key);
  codes[key] = cls;
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function formatList(array, type = 'and') {
  if (array.length < 3) return array.join(` ${type} `);
  return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

// The " Received ..." tail Node appends to type errors.
function describeReceived(input) {
  if (input == null) return ` Received ${input}`;
  if (typeof input === 'function' && input.name) return ` Received function ${input.name}`;
  if (typeof input === 'function') return ' Received function ';
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) {
      return ` Received an instance of ${input.constructor.name}`;
    }
    return ` Received ${lazyInspect(input, { depth: -1 })}`;
  }
  let inspected = lazyInspect(input, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${inspected})`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    const type = name.includes('.') ? 'property' : 'argument';
    msg += `"${name}" ${type} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) {
      const last = types.pop();
      msg += `one of type ${types.join(', ')}, or ${last}`;
    } else if (types.length === 2) {
      msg += `one of type ${types[0]} or ${types[1]}`;
    } else {
      msg += `of type ${types[0]}`;
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) {
      const last = instances.pop();
      msg += `an instance of ${instances.join(', ')}, or ${last}`;
    } else {
      msg += `an instance of ${instances[0]}`;
      if (instances.length === 2) msg += ` or ${instances[1]}`;
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) {
      const last = other.pop();
      msg += `one of ${other.join(', ')}, or ${last}`;
    } else if (other.length === 2) {
      msg += `one of ${other[0]} or ${other[1]}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return msg + '.' + describeReceived(actual);
}

E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_MISSING_ARGS', (...args) => {
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  switch (names.length) {
    case 1: msg += `${names[0]} argument`; break;
    case 2: msg += `${names[0]} and ${names[1]} arguments`; break;
    default: msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  let shown;
  try {
    shown = lazyInspect(err);
  } catch {
    // a custom inspect that throws: the plain string form still says something
    shown = String(err);
  }
  return `${msg} (${shown})`;
}, Error);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
// child_process
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${describeReceived(value).slice(' Received '.length)}.`, TypeError, RangeError);
E('ERR_UNHANDLED_REJECTION',
  'This error originated either by throwing inside of an async function without a catch block, ' +
  'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
  ' reason "%s".', Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base) => {
  const where = `${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  if (subpath === '.') return `No "exports" main defined in ${where}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${where}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base) => {
  const relError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  const from = base ? ` imported from ${base}` : '';
  const hint = relError ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
      `${pkgPath}package.json${from}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
    `in the package config ${pkgPath}package.json${from}${hint}`;
}, Error);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined` +
  `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}.${message ? ` ${message}` : ''}`, Error);
E('ERR_MODULE_NOT_FOUND', (path, base, type = 'module') =>
  `Cannot find ${type} '${path}'${base ? ` imported from ${base}` : ''}`, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', (path, base) =>
  `Directory import '${path}' is not supported resolving ES modules imported from ${base}`, Error);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`, TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', (format, url) => `Unknown module format: ${format} for URL ${url}`, RangeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING', (url, key, value) =>
  `Module "${url}" needs an import attribute of "${key}: ${value}"`, TypeError);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url) => {
  // http(s) is singled out: node: URLs cannot be what an http import meant.
  const schemes = url.protocol === 'http:' || url.protocol === 'https:' ? 'file and data' : 'file, data, and node';
  return `Only URLs with a scheme in: ${schemes} are supported by the default ESM loader. ` +
    `Received protocol '${url.protocol}'`;
}, Error);
E('ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) =>
  'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the ' +
  'top-level await comes from, use --experimental-print-required-tla.' +
  `${filename ? `\nRequired module: ${filename}` : ''}` +
  `${parentFilename ? `\nRequire stack:\n- ${parentFilename}` : ''}`, Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_CP_EINVAL', '%s', Error);
E('ERR_FS_WATCH_QUEUE_OVERFLOW', 'fs.watch() queued more than %d events', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_REQUIRE_ESM', (filename) => `require() of ES Module ${filename} not supported.`, Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error);
E('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList', TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_INVALID_CHAR', (name, field) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
E('ERR_INVALID_URL', 'Invalid URL', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => `The URL must be ${formatList([].concat(expected).map((e) => `of scheme ${e}`), 'or')}`, TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
// stream
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', Error);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', (key, msg) => `'${key}' ${msg}`, TypeError);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
// buffer, string_decoder, encoding
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) =>
  (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'), RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding %s', TypeError);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x%s characters', Error);
// readline
// net
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_INVALID_ADDRESS_FAMILY', (family, host, port) => `Invalid address family: ${family} ${host}:${port}`, RangeError);
E('ERR_INVALID_ADDRESS', 'Invalid address', Error);
E('ERR_IP_BLOCKED', 'IP(%s) is blocked by net.BlockList', Error);
// dgram
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
// dns (also the socket port and IP checks it shares with net and dgram)
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536.${describeReceived(port)}.`, RangeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Node's "ENOENT: no such file or directory, open '/nope'" errors. `err` is a
// negative errno as the bindings return it.
function uvException({ errno, syscall, path, dest, message: extra }) {
  const { name, message } = require('internal/util/errno').describe(errno);
  let msg = `${name}: ${extra || message}, ${syscall}`;
  if (path !== undefined) msg += ` '${path}'`;
  if (dest !== undefined) msg += ` -> '${dest}'`;
  const err = new Error(msg);
  err.errno = errno;
  err.code = name;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

// util._errnoException: "<syscall> <CODE>[ <original>]" for a negative errno.
function errnoException(errno, syscall, original) {
  const code = require('internal/util/errno').errname(errno);
  const err = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// util._exceptionWithHostPort: "<syscall> <CODE> <address>:<port>[ - Local (<additional>)]".
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = require('internal/util/errno').errname(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// Node's UVExceptionWithHostPort: "<syscall> <CODE>: <description> <address>:<port>"
// (listen EADDRINUSE: address already in use :::8080).
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const { name, message } = require('internal/util/errno').describe(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const err = new Error(`${syscall} ${name}: ${message}${details}`);
  err.code = name;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// Two errors from one stream operation: keep both, the first one leading.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const err = new AggregateError([outer, inner], outer.message);
    err.code = outer.code;
    return err;
  }
  return inner || outer;
}

// A failed DNS request: "<syscall> <CODE> <hostname>". code is either a libuv
// number from the system resolver (errno keeps it; EAI_NONAME and EAI_NODATA
// read as node's historical ENOTFOUND) or a resolver code string ('ENODATA',
// errno stays undefined).
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === -3008 || code === -3007 ? 'ENOTFOUND' : require('internal/util/errno').errname(code);
  }
  const err = new Error(hostname ? `${syscall} ${code} ${hostname}` : `${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  // The stack starts where the request completed, not in this builder.
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, dnsException);
  return err;
}

function hideStackFrames(fn) {
  return fn;
}

module.exports = {
  codes, AbortError, uvException, hideStackFrames, formatList, addNumericalSeparator,
  describeReceived, errnoException, exceptionWithHostPort, uvExceptionWithHostPort, aggregateTwoErrors,
};
module.exports.dnsException = dnsException;

// SystemError: what node's native builtins throw for a failed uv call (os,
// process...). `context` is { errno, code, message, syscall, path?, dest? };
// the message reads "<prefix>: <syscall> returned <code> (<message>)".
function makeSystemErrorWithCode(key, prefix) {
  return class NodeError extends Error {
    constructor(context) {
      let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
      if (context.path !== undefined) message += ` ${context.path}`;
      if (context.dest !== undefined) message += ` => ${context.dest}`;
      super(message);
      const stack = this.stack;
      Object.defineProperty(this, 'code', {
        __proto__: null, value: key, enumerable: true, writable: true, configurable: true,
      });
      Object.defineProperty(this, 'name', {
        __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true,
      });
      Object.defineProperty(this, 'info', {
        __proto__: null, value: context, enumerable: true, writable: false, configurable: true,
      });
      for (const prop of ['errno', 'syscall', 'path', 'dest']) {
        if (prop !== 'errno' && prop !== 'syscall' && context[prop] === undefined) continue;
        Object.defineProperty(this, prop, {
          __proto__: null,
          get() { return context[prop]; },
          set(value) { context[prop] = value; },
          enumerable: true, configurable: true,
        });
      }
      if (typeof stack === 'string') {
        const head = stack.startsWith('Error: ') ? 'Error: ' : stack.startsWith('SystemError: ') ? 'SystemError: ' : null;
        if (head !== null) {
          Object.defineProperty(this, 'stack', {
            __proto__: null, value: `SystemError [${key}]: ${stack.slice(head.length)}`,
            writable: true, configurable: true, enumerable: false,
          });
        }
      }
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  };
}
codes.ERR_SYSTEM_ERROR = makeSystemErrorWithCode('ERR_SYSTEM_ERROR', 'A system error occurred');
codes.ERR_FS_EISDIR = makeSystemErrorWithCode('ERR_FS_EISDIR', 'Path is a directory');
codes.ERR_TTY_INIT_FAILED = makeSystemErrorWithCode('ERR_TTY_INIT_FAILED', 'TTY initialization failed');
codes.ERR_SOCKET_BUFFER_SIZE = makeSystemErrorWithCode('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size');
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
// vm
E('ERR_SCRIPT_EXECUTION_TIMEOUT', 'Script execution timed out after %sms', Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.', TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules', TypeError);
// util.parseArgs
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  // With positionals allowed, '-x' may have been meant as one.
  const hint = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` :
    '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);
// util.MIMEType
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
}, TypeError);
