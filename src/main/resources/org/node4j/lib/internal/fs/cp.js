// fs.cp, fs.cpSync and fs.promises.cp: copy a file, a symlink or (with
// `recursive`) a directory tree, with node 24's options and errors.
//
// One walk serves all three forms; the asynchronous ones await `filter`
// (which may return a promise) but do their file system calls synchronously
// on the loop thread, a few at a time per entry.
'use strict';

const pathModule = require('path');
const {
  codes: { ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger, validateObject } = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');

// node 24 reports cp's refusals as plain errors carrying a code.
function cpError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function targetExists(dest) {
  const err = new Error(`Target already exists: cp returned EEXIST (${dest} already exists) ${dest}`);
  err.name = 'SystemError';
  err.code = 'ERR_FS_CP_EEXIST';
  err.errno = 17;
  err.syscall = 'cp';
  err.path = dest;
  return err;
}

function withSlash(path) {
  return path.endsWith('/') ? path : `${path}/`;
}

// Defaults fill in only what options lacks: an own `undefined` is validated
// (and refused) like any other bad value, as in node.
function cpOptions(options) {
  if (options == null) options = {};
  validateObject(options, 'options');
  const merged = {
    dereference: false, errorOnExist: false, force: true, mode: 0,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false, ...options,
  };
  const {
    dereference, errorOnExist, filter, force, mode, preserveTimestamps, recursive, verbatimSymlinks,
  } = merged;
  validateBoolean(dereference, 'options.dereference');
  validateBoolean(errorOnExist, 'options.errorOnExist');
  validateBoolean(force, 'options.force');
  validateBoolean(preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(verbatimSymlinks, 'options.verbatimSymlinks');
  if (filter !== undefined) validateFunction(filter, 'options.filter');
  validateInteger(mode, 'options.mode', 0);
  if (dereference && verbatimSymlinks) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  return { dereference, errorOnExist, filter, force, mode, preserveTimestamps, recursive, verbatimSymlinks };
}

function statOrNull(fs, path, follow) {
  try {
    return follow ? fs.statSync(path) : fs.lstatSync(path);
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

// Whether child is parent or lies under it (node's isSrcSubdir).
function isSameOrInside(parent, child) {
  const rel = pathModule.relative(pathModule.resolve(parent), pathModule.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !pathModule.isAbsolute(rel));
}

function isInside(parent, child) {
  const rel = pathModule.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !pathModule.isAbsolute(rel);
}

// Where path really is: the real path of its nearest existing ancestor, with
// the rest of path after it (so a symlinked parent counts where it points).
function realDestination(fs, path) {
  const rest = [];
  let at = pathModule.resolve(path);
  for (;;) {
    try {
      return pathModule.join(fs.realpathSync(at), ...rest.reverse());
    } catch {
      const parent = pathModule.dirname(at);
      if (parent === at) return pathModule.resolve(path);
      rest.push(pathModule.basename(at));
      at = parent;
    }
  }
}

// The checks node makes before copying anything of src to dest. Both are
// looked at through symlinks only with dereference.
function checkPair(fs, src, dest, srcStat, opts) {
  const destStat = statOrNull(fs, dest, opts.dereference);
  if (destStat !== null && destStat.dev === srcStat.dev && destStat.ino === srcStat.ino) {
    throw cpError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`);
  }
  if (srcStat.isDirectory()) {
    if (destStat !== null && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (isInside(fs.realpathSync(src), realDestination(fs, dest))) {
      throw cpError('ERR_FS_CP_EINVAL', `Cannot copy ${withSlash(src)} to a subdirectory of self ${dest}`);
    }
  } else if (destStat !== null && destStat.isDirectory()) {
    throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`);
  }
  // A missing parent of dest is made, as by mkdir -p.
  if (destStat === null) fs.mkdirSync(pathModule.dirname(dest), { recursive: true });
}

// Copies one entry (and, for a directory, what is in it). A generator: it
// yields the filter's answer and is resumed with that answer settled (as is
// by cpSync, awaited by cp), so both forms share this one walk.
function* copyEntry(fs, src, dest, opts, top) {
  if (opts.filter !== undefined && !(yield opts.filter(src, dest))) return;
  const srcStat = opts.dereference ? fs.statSync(src) : fs.lstatSync(src);
  if (top) checkPair(fs, src, dest, srcStat, opts);
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${withSlash(src)}`);
    }
    const destStat = statOrNull(fs, dest, true);
    if (destStat !== null && !opts.force && opts.errorOnExist) throw targetExists(dest);
    if (destStat === null) fs.mkdirSync(dest, { mode: srcStat.mode & 0o7777 });
    for (const name of fs.readdirSync(src)) {
      yield* copyEntry(fs, pathModule.join(src, name), pathModule.join(dest, name), opts, false);
    }
    if (destStat === null) fs.chmodSync(dest, srcStat.mode & 0o7777);
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = fs.readlinkSync(src);
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    const destStat = statOrNull(fs, dest, false);
    if (destStat !== null) {
      if (!opts.force) {
        if (opts.errorOnExist) throw targetExists(dest);
        return;
      }
      // Only a symlink is replaced; over a file or directory symlink() fails (EEXIST).
      if (destStat.isSymbolicLink()) {
        const existing = pathModule.resolve(pathModule.dirname(dest), fs.readlinkSync(dest));
        const srcIsDir = statOrNull(fs, src, true)?.isDirectory() ?? false;
        if (srcIsDir && isSameOrInside(target, existing)) {
          throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${target} to a subdirectory of self ${existing}`);
        }
        if (srcIsDir && isSameOrInside(existing, target)) {
          throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${existing} with ${target}`);
        }
        fs.unlinkSync(dest);
      }
    }
    fs.symlinkSync(target, dest);
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    const destStat = statOrNull(fs, dest, opts.dereference);
    if (destStat !== null && !opts.force) {
      if (opts.errorOnExist) throw targetExists(dest);
      return;
    }
    // Without dereference a symlink at dest is replaced, not written through.
    if (destStat !== null && destStat.isSymbolicLink()) fs.unlinkSync(dest);
    fs.copyFileSync(src, dest, opts.mode);
    if (opts.preserveTimestamps) fs.utimesSync(dest, srcStat.atime, srcStat.mtime);
    return;
  }
  if (srcStat.isSocket()) throw cpError('ERR_FS_CP_SOCKET', `Cannot copy a socket file: ${dest}`);
  if (srcStat.isFIFO()) throw cpError('ERR_FS_CP_FIFO_PIPE', `Cannot copy a FIFO pipe: ${dest}`);
  throw cpError('ERR_FS_CP_UNKNOWN', `Cannot copy an unknown file type: ${dest}`);
}

function prepare(src, dest, options) {
  const opts = cpOptions(options);
  return { src: getValidatedPath(src, 'src'), dest: getValidatedPath(dest, 'dest'), opts };
}

function cpSync(src, dest, options) {
  const job = prepare(src, dest, options);
  const walk = copyEntry(require('fs'), job.src, job.dest, job.opts, true);
  for (let step = walk.next(); !step.done; step = walk.next(step.value)) {
    // A synchronous filter's answer goes straight back into the walk; cpSync
    // cannot wait for a promise.
    if (step.value !== null && typeof step.value?.then === 'function') {
      throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', step.value);
    }
  }
}

async function run(job) {
  const walk = copyEntry(require('fs'), job.src, job.dest, job.opts, true);
  for (let step = walk.next(); !step.done; step = walk.next(await step.value)) {
    // An asynchronous filter's promise is awaited before the walk goes on.
  }
}

// fs.cp: bad arguments throw at once; copy failures reach the callback.
function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const job = prepare(src, dest, options);
  run(job).then(() => callback(null), callback);
}

// fs.promises.cp: every failure is a rejection.
async function cpPromise(src, dest, options) {
  return run(prepare(src, dest, options));
}

module.exports = { cp, cpSync, cpPromise };
