// .env files into process.env: the --env-file / --env-file-if-exists flags
// (applied at startup) and process.loadEnvFile(). A variable already in the
// environment always wins over a file.
'use strict';

const { parse } = require('internal/dotenv');

function setMissing(vars) {
  for (const [key, value] of Object.entries(vars)) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
}

// [{ path, optional }] in command-line order; both --flag=path and --flag path.
function envFileFlags(execArgv) {
  const files = [];
  for (let i = 0; i < execArgv.length; i++) {
    for (const [flag, optional] of [['--env-file', false], ['--env-file-if-exists', true]]) {
      if (execArgv[i] === flag && i + 1 < execArgv.length) files.push({ path: execArgv[++i], optional });
      else if (execArgv[i].startsWith(`${flag}=`)) files.push({ path: execArgv[i].slice(flag.length + 1), optional });
    }
  }
  return files;
}

// Startup: later files override earlier ones, the environment overrides all.
// A missing required file ends the process with exit code 9, as in Node.
function applyEnvFileFlags() {
  const files = envFileFlags(process.execArgv);
  if (files.length === 0) return;
  const fs = require('fs');
  const merged = {};
  for (const { path, optional } of files) {
    let text;
    try {
      text = fs.readFileSync(path, 'utf8');
    } catch (err) {
      if (err.code === 'ENOENT' && optional) {
        fs.writeSync(2, `${path} not found. Continuing without it.\n`);
        continue;
      }
      const reason = err.code === 'ENOENT' ? 'not found' : 'invalid format';
      fs.writeSync(2, `${process.execPath}: ${path}: ${reason}\n`);
      process.reallyExit(9);
    }
    Object.assign(merged, parse(text));
  }
  setMissing(merged);
}

function loadEnvFile(path = '.env') {
  // A path only: readFileSync would take a number for a file descriptor.
  if (typeof path !== 'string' && !Buffer.isBuffer(path) && !(path instanceof URL)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  const text = require('fs').readFileSync(path, 'utf8');
  setMissing(parse(text));
}

module.exports = { applyEnvFileFlags, loadEnvFile };
