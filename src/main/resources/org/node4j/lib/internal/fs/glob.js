// fs.glob, fs.globSync and fs.promises.glob: the paths under `cwd` that match
// shell patterns (the dialect of path.matchesGlob, from internal/path_glob).
//
// The walk reads only the directories a pattern can reach: a literal segment
// is looked up, a wildcard segment lists its directory, '**' descends into
// every directory whose name does not start with a dot; like bash's globstar,
// it follows one symbolic link when it is not the pattern's first segment.
// `exclude` prunes: an excluded directory is not entered. Results come in
// walk order, without duplicates; node's own order differs (its tests sort).
// The asynchronous forms run the same walk on a later tick of the loop.
'use strict';

const pathModule = require('path');
const { compile, matches } = require('internal/path_glob');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { binding, isFailure, Dirent, direntType, constants } = require('internal/fs/utils');

const DT_DIR = 4;
const DT_LNK = 10;

// One readdir or stat, with failures (ENOENT, EACCES, ENOTDIR...) as "nothing there".
function list(dir) {
  const raw = binding.call('readdir', [dir]);
  return isFailure(raw) ? null : raw;
}

function statMode(path, follow) {
  const raw = binding.call(follow ? 'stat' : 'lstat', [path]);
  return isFailure(raw) ? undefined : raw[1];
}

function isDirectory(path) {
  const mode = statMode(path, true);
  return mode !== undefined && (mode & constants.S_IFMT) === constants.S_IFDIR;
}

class GlobWalk {
  constructor(patterns, options) {
    this.cwd = options.cwd;
    this.root = pathModule.resolve(options.cwd);
    this.withFileTypes = options.withFileTypes;
    this.exclude = options.exclude;
    this.found = new Map();
    for (const pattern of patterns) {
      for (const segments of compile(pattern)) this.start(segments);
    }
  }

  start(segments) {
    if (segments.length > 1 && segments[0] === '') {
      this.visit('/', '/', segments, 1);
    } else {
      this.visit(this.root, '', segments, 0);
    }
  }

  excluded(rel, abs, isDir) {
    if (this.exclude === undefined) return false;
    const shown = rel === '' ? '.' : pathModule.normalize(rel);
    if (typeof this.exclude === 'function') {
      return Boolean(this.exclude(this.withFileTypes ? this.dirent(shown, abs) : shown));
    }
    return this.exclude.some((pattern) => matches(shown, pattern) || (isDir && matches(`${shown}/`, pattern)));
  }

  emit(rel, abs) {
    const shown = rel === '' ? '.' : pathModule.normalize(rel);
    if (this.found.has(shown)) return;
    this.found.set(shown, this.withFileTypes ? this.dirent(shown, abs) : shown);
  }

  dirent(shown, abs) {
    const mode = statMode(abs, false) ?? 0;
    const type = (mode & constants.S_IFMT) === constants.S_IFDIR ? DT_DIR :
      (mode & constants.S_IFMT) === constants.S_IFLNK ? DT_LNK : 8;
    const parent = pathModule.isAbsolute(shown) ? pathModule.dirname(shown) :
      pathModule.join(this.cwd, pathModule.dirname(shown));
    return new Dirent(pathModule.basename(abs), direntType(type), parent);
  }

  visit(abs, rel, segments, i, linksFollowed = 0) {
    if (i === segments.length) {
      this.emit(rel, abs);
      return;
    }
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === '' && last) {
      // A trailing slash: directories only.
      if (isDirectory(abs)) this.emit(rel, abs);
      return;
    }
    if (segment === '**') {
      this.visit(abs, rel, segments, i + 1, linksFollowed);
      const raw = list(abs);
      if (raw === null) return;
      const [names, types] = raw;
      for (let k = 0; k < names.length; k++) {
        const name = names[k];
        if (name[0] === '.') continue;
        const childAbs = pathModule.join(abs, name);
        const childRel = rel === '' ? name : `${rel}/${name}`;
        const isLink = types[k] === DT_LNK;
        const followLink = isLink && i > 0 && linksFollowed === 0 && isDirectory(childAbs);
        const isDir = types[k] === DT_DIR || followLink || (types[k] === 0 && isDirectory(childAbs));
        if (this.excluded(childRel, childAbs, isDir)) continue;
        if (isDir) this.visit(childAbs, childRel, segments, i, linksFollowed + (followLink ? 1 : 0));
        else if (i + 1 === segments.length) this.emit(childRel, childAbs);
      }
      return;
    }
    if (typeof segment === 'string') {
      const childAbs = pathModule.join(abs, segment);
      const childRel = rel === '' ? segment : `${rel}/${segment}`;
      if (segment !== '.' && segment !== '..' && statMode(childAbs, false) === undefined) return;
      const isDir = isDirectory(childAbs);
      if (!last && !isDir) return;
      if (this.excluded(childRel, childAbs, isDir)) return;
      this.visit(childAbs, childRel, segments, i + 1, linksFollowed);
      return;
    }
    const raw = list(abs);
    if (raw === null) return;
    const [names, types] = raw;
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      if (!segment.test(name)) continue;
      const childAbs = pathModule.join(abs, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const isDir = types[k] === DT_DIR || ((types[k] === DT_LNK || types[k] === 0) && isDirectory(childAbs));
      if (!last && !isDir) continue;
      if (this.excluded(childRel, childAbs, isDir)) continue;
      this.visit(childAbs, childRel, segments, i + 1, linksFollowed);
    }
  }
}

function globOptions(pattern, options) {
  if (typeof pattern === 'string') {
    pattern = [pattern];
  } else if (!Array.isArray(pattern)) {
    throw new ERR_INVALID_ARG_TYPE('patterns', 'string', pattern);
  } else {
    pattern.forEach((p, i) => {
      if (typeof p !== 'string') throw new ERR_INVALID_ARG_TYPE(`patterns[${i}]`, 'string', p);
    });
  }
  if (options == null) options = {};
  validateObject(options, 'options');
  let { cwd = '.', exclude, withFileTypes = false } = options;
  if (cwd instanceof URL || (cwd !== null && typeof cwd === 'object' && cwd.href !== undefined)) {
    cwd = require('url').fileURLToPath(cwd);
  }
  // A cwd that is not a string fails in path.resolve, as in node.
  pathModule.resolve(cwd);
  if (exclude !== undefined && typeof exclude !== 'function' &&
      !(Array.isArray(exclude) && exclude.every((p) => typeof p === 'string'))) {
    throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
  }
  return { patterns: pattern, options: { cwd, exclude, withFileTypes: Boolean(withFileTypes) } };
}

function globSync(pattern, options) {
  const parsed = globOptions(pattern, options);
  return [...new GlobWalk(parsed.patterns, parsed.options).found.values()];
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const parsed = globOptions(pattern, options);
  setImmediate(() => {
    let result;
    try {
      result = [...new GlobWalk(parsed.patterns, parsed.options).found.values()];
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, result);
  });
}

// fs.promises.glob: an async iterator over the same results.
async function* globAsync(pattern, options) {
  const parsed = globOptions(pattern, options);
  await new Promise((resolve) => setImmediate(resolve));
  yield* new GlobWalk(parsed.patterns, parsed.options).found.values();
}

module.exports = { glob, globSync, globAsync };
