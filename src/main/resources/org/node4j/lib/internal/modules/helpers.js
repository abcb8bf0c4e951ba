// What both module loaders share: which names are builtins and how a
// builtin is loaded for user code.
'use strict';

const { BuiltinModule } = require('internal/bootstrap/realm');

// Node 24's public builtins (require('module').builtinModules). node4j lists
// them all, implemented or not, so tools treat them as builtins, and names them
// in the error when one is not there yet.
const builtinIds = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
  'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];
// Only reachable with the node: prefix.
const schemeOnlyIds = ['sea', 'sqlite', 'test', 'test/reporters'];

const withoutScheme = new Set(builtinIds);
const withScheme = new Set([...builtinIds, ...schemeOnlyIds]);

// 'fs' or 'node:fs' -> 'fs'; anything else -> undefined.
// --expose-internals lets user code (Node's own tests) require('internal/...').
let exposeInternals;
function internalsExposed() {
  exposeInternals ??= process.execArgv.some((a) => a === '--expose-internals' || a === '--expose_internals');
  return exposeInternals;
}

function isExposedInternal(id) {
  return id.startsWith('internal/') && internalsExposed() && BuiltinModule.exists(id);
}

function normalizeBuiltinRequest(request) {
  if (isExposedInternal(request)) return request;
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    return withScheme.has(id) || BuiltinModule.canBeRequiredByUsers(id) ? id : undefined;
  }
  return withoutScheme.has(request) ? request : undefined;
}

function isBuiltin(id) {
  return typeof id === 'string' && !id.startsWith('internal/') && normalizeBuiltinRequest(id) !== undefined;
}

// The exports of a builtin for user code; ERR_UNKNOWN_BUILTIN_MODULE (naming
// what was asked) when node4j does not have it.
function loadBuiltin(id, request = id) {
  if (!BuiltinModule.canBeRequiredByUsers(id) && !isExposedInternal(id)) {
    const { ERR_UNKNOWN_BUILTIN_MODULE } = require('internal/errors').codes;
    const err = new ERR_UNKNOWN_BUILTIN_MODULE(request);
    if (withScheme.has(id)) err.message += ' (node4j does not implement it yet)';
    throw err;
  }
  return BuiltinModule.require(id);
}

module.exports = {
  builtinModules: builtinIds.concat(schemeOnlyIds.map((id) => `node:${id}`)),
  normalizeBuiltinRequest,
  isBuiltin,
  loadBuiltin,
};
