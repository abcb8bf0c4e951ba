// node:child_process. So far the synchronous half (spawnSync, execSync,
// execFileSync) on Java's process API; spawn/exec/fork with streams come with
// the child process issue.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  uvException,
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');

function normalizeArgs(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args === 'object') {
    options = args;
    args = [];
  } else {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  }
  if (options == null) options = {};
  else validateObject(options, 'options');
  let argv = [file, ...args.map(String)];
  if (options.shell) {
    const command = [file, ...args].join(' ');
    const shell = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    argv = [shell, '-c', command];
  }
  return { file: argv[0], args, argv, options };
}

function stdioModes(stdio, fallback) {
  if (stdio === undefined) return fallback;
  if (typeof stdio === 'string') return [stdio, stdio, stdio];
  const modes = [];
  for (let i = 0; i < 3; i++) {
    const mode = stdio[i];
    if (mode === undefined || mode === null || mode === 'pipe' || mode === 'overlapped') modes.push('pipe');
    else if (mode === 'inherit' || mode === i || mode === process.stdio?.[i]) modes.push('inherit');
    else if (mode === 'ignore') modes.push('ignore');
    else modes.push(typeof mode === 'number' && mode <= 2 ? 'inherit' : 'pipe');
  }
  return modes;
}

function spawnSync(file, args, options) {
  const opts = normalizeArgs(file, args, options);
  options = opts.options;
  const env = options.env ?? process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    if (env[key] !== undefined) envPairs.push(`${key}=${env[key]}`);
  }
  let input = options.input;
  if (typeof input === 'string') input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
  if (input != null && ArrayBuffer.isView(input)) {
    input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength).slice().buffer;
  } else {
    input = null;
  }
  const modes = stdioModes(options.stdio, ['pipe', 'pipe', 'pipe']);
  const raw = internalBinding('spawn_sync').spawn(opts.argv, options.cwd == null ? null : `${options.cwd}`,
    envPairs, input, modes, Number(options.timeout) || 0, options.maxBuffer ?? 1024 * 1024);
  const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
  const decode = (bytes) => {
    if (bytes == null) return null;
    const buf = Buffer.from(new ArrayBuffer(bytes));
    return encoding ? buf.toString(encoding) : buf;
  };
  const stdout = decode(raw.stdout);
  const stderr = decode(raw.stderr);
  const result = {
    status: raw.status >= 0 ? raw.status : null,
    signal: raw.killed ? (options.killSignal ?? 'SIGTERM') : null,
    output: [null, stdout, stderr],
    pid: raw.pid,
    stdout,
    stderr,
  };
  if (raw.errno !== 0) {
    const err = uvException({ errno: raw.errno, syscall: `spawnSync ${opts.file}`, path: opts.file });
    err.spawnargs = opts.argv.slice(1);
    result.error = err;
    if (raw.pid === 0) {
      // Never started: no output at all, as node reports it.
      return { error: err, status: null, signal: null, output: null, pid: 0 };
    }
  }
  return result;
}

function checkExecSyncError(result, args, command) {
  let err;
  if (result.error) {
    err = result.error;
    Object.assign(err, result);
  } else if (result.status !== 0) {
    let message = `Command failed: ${command ?? args.join(' ')}`;
    if (result.stderr && result.stderr.length > 0) message += `\n${result.stderr.toString()}`;
    err = new Error(message);
    Object.assign(err, result);
  }
  return err;
}

function execFileSync(file, args, options) {
  const opts = normalizeArgs(file, args, options);
  const modes = stdioModes(opts.options.stdio, ['pipe', 'pipe', 'inherit']);
  const result = spawnSync(file, opts.args, { ...opts.options, stdio: modes });
  if (modes[2] === 'inherit' && result.stderr) process.stderr.write(result.stderr);
  const err = checkExecSyncError(result, [file, ...opts.args]);
  if (err) throw err;
  return result.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  options = options ?? {};
  const modes = stdioModes(options.stdio, ['pipe', 'pipe', 'inherit']);
  const result = spawnSync(command, [], { ...options, shell: options.shell ?? true, stdio: modes });
  const err = checkExecSyncError(result, undefined, command);
  if (err) throw err;
  return result.stdout;
}

module.exports = { spawnSync, execSync, execFileSync };
