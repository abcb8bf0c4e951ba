// node:path — POSIX and Windows path operations, both available on every
// platform (path.posix, path.win32); the module itself is the POSIX flavour.
'use strict';

const { validateString, validateObject } = require('internal/validators');

const isPosixSep = (c) => c === '/';
const isWinSep = (c) => c === '/' || c === '\\';
const isDriveLetter = (c) => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));

// Collapses '.', '..' and empty segments of a path without its root.
// '..' that would climb above the start is kept only when allowAboveRoot.
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path[i])) continue;
    const seg = path.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join(sep);
}

// The part of the basename region [start, path.length) with a suffix removed,
// following node's rules (a suffix longer than the base keeps trailing slashes).
function basenameImpl(path, suffix, start, isSep) {
  let end = path.length;
  while (end > start && isSep(path[end - 1])) end--;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    if (end === start) return path.slice(start);
    let s = end;
    while (s > start && !isSep(path[s - 1])) s--;
    const base = path.slice(s, end);
    if (base.length > suffix.length) {
      if (base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
      return base;
    }
    if (base.length === suffix.length) return base;
    // The suffix is longer than the base: when the base ends the suffix, node
    // returns everything from the base on, trailing separators included.
    if (suffix.endsWith(base)) return path.slice(s);
    return base;
  }
  if (end === start) return '';
  let s = end;
  while (s > start && !isSep(path[s - 1])) s--;
  return path.slice(s, end);
}

// '' unless the last segment has a dot that is not its first character
// (and the segment is not '..').
function extOf(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function lastSegment(path, start, isSep) {
  let end = path.length;
  while (end > start && isSep(path[end - 1])) end--;
  let s = end;
  while (s > start && !isSep(path[s - 1])) s--;
  return { s, end };
}

function formatImpl(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const ext = pathObject.ext || '';
  const base = pathObject.base ||
    `${pathObject.name || ''}${ext && ext[0] !== '.' ? '.' : ''}${ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

let globCache;
function matchesGlobImpl(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (globCache === undefined) globCache = require('internal/path_glob');
  return globCache.matches(path, pattern, windows);
}

// ---------------------------------------------------------------- posix

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p[0] === '/';
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    const trailing = path[path.length - 1] === '/';
    let out = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const f = from === '/' ? [] : from.slice(1).split('/');
    const t = to === '/' ? [] : to.slice(1).split('/');
    let i = 0;
    while (i < f.length && i < t.length && f[i] === t[i]) i++;
    const up = new Array(f.length - i).fill('..');
    return up.concat(t.slice(i)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path[i] === '/') {
        if (!matchedSlash) { end = i; break; }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return absolute ? '/' : '.';
    if (absolute && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const { s, end } = lastSegment(path, 0, isPosixSep);
    return extOf(path.slice(s, end));
  },

  format: formatImpl.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path[0] === '/';
    if (absolute) ret.root = '/';
    parseTail(path, absolute ? 1 : 0, ret, isPosixSep, absolute ? '/' : '');
    // node's quirk: '..' right after the root splits as name '.' + ext '.'.
    if (absolute && ret.base === '..' && ret.dir === '/' && path[1] === '.') {
      ret.ext = '.';
      ret.name = '.';
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobImpl(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// Fills base/ext/name/dir of a parse() result; start is where the root ends.
function parseTail(path, start, ret, isSep, rootDir) {
  const { s, end } = lastSegment(path, start, isSep);
  if (end === start) {
    // Only a root (and separators).
    ret.dir = rootDir === '' ? '' : path.slice(0, start);
    if (rootDir !== '') ret.dir = ret.root;
    return ret;
  }
  const base = path.slice(s, end);
  ret.base = base;
  ret.ext = extOf(base);
  ret.name = ret.ext ? base.slice(0, base.length - ret.ext.length) : base;
  if (s > start) ret.dir = path.slice(0, s - 1);
  else ret.dir = ret.root;
  return ret;
}

// ---------------------------------------------------------------- win32

// Where the root of a Windows path ends, its device ('C:', '\\server\share')
// and whether it is absolute.
function winRoot(path) {
  const len = path.length;
  let rootEnd = 0;
  let device = '';
  let isAbsolute = false;
  const c = path[0];
  if (len === 1) {
    if (isWinSep(c)) { rootEnd = 1; isAbsolute = true; }
  } else if (isWinSep(c)) {
    isAbsolute = true;
    rootEnd = 1;
    if (isWinSep(path[1])) {
      const unc = parseUnc(path);
      if (unc !== null) {
        if (unc.server === '.' || unc.server === '?') {
          device = `\\\\${unc.server}`;
          rootEnd = 4;
        } else {
          device = `\\\\${unc.server}\\${unc.share}`;
          rootEnd = unc.end;
        }
      }
    }
  } else if (isDriveLetter(c) && path[1] === ':') {
    device = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isWinSep(path[2])) { isAbsolute = true; rootEnd = 3; }
  }
  return { rootEnd, device, isAbsolute };
}

// '\\server\share...' → { server, share, end (index after share) } or null.
function parseUnc(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path[j])) j++;
  if (j >= len || j === 2) return null;
  const server = path.slice(2, j);
  const sepStart = j;
  while (j < len && isWinSep(path[j])) j++;
  if (j >= len || j === sepStart) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path[j])) j++;
  return { server, share: path.slice(shareStart, j), shareStart, end: j };
}

const WINDOWS_RESERVED = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // The current directory of that drive, as cmd.exe keeps it in =C:.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === 92)) {
          path = `${resolvedDevice}\\`;
        }
      }
      const { rootEnd, device, isAbsolute } = winRoot(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWinSep);
    if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
    return `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = 0;
    let device;
    let isAbsolute = false;
    const c = path[0];
    if (len === 1) return isPosixSep(c) ? '\\' : path;
    if (isWinSep(c)) {
      isAbsolute = true;
      if (isWinSep(path[1])) {
        const unc = parseUnc(path);
        if (unc === null) {
          rootEnd = 1;
        } else if (unc.server === '.' || unc.server === '?') {
          // '\\.\' and '\\?\' device namespaces.
          device = `\\\\${unc.server}`;
          rootEnd = 4;
        } else if (unc.end === len) {
          // Only '\\server\share': make it a root.
          return `\\\\${unc.server}\\${unc.share}\\`;
        } else {
          device = `\\\\${unc.server}\\${unc.share}`;
          rootEnd = unc.end;
        }
      } else {
        rootEnd = 1;
      }
    } else if (isDriveLetter(c) && path[1] === ':') {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isWinSep(path[2])) { isAbsolute = true; rootEnd = 3; }
    }
    // 'CON:...' names a device: it stays a (relative) prefix, behind '.\'.
    let reserved = false;
    if (rootEnd === 0 && !isAbsolute) {
      // Without a colon node looks at all but the last character, so 'conx'
      // and 'con\\' count as device names too.
      const colon = path.indexOf(':');
      if (colon !== 0 && WINDOWS_RESERVED.has(path.slice(0, colon).toUpperCase())) {
        device = path.slice(0, colon + 1);
        rootEnd = colon + 1;
        reserved = true;
      }
    }
    let tail = rootEnd < len ?
      normalizeSegments(path.slice(rootEnd), !isAbsolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isWinSep(path[len - 1])) tail += '\\';
    if (reserved) return `.\\${device}${tail}`;
    // A relative path with a segment ending in ':' could read as a drive or
    // a stream once normalized: node prefixes it with '.\'.
    if (!isAbsolute && device === undefined &&
        (/:(?:[\\/]|$)/.test(path) || (tail[1] === ':' && isDriveLetter(tail[0])))) {
      tail = `.\\${tail}`;
    }
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const c = path[0];
    return isWinSep(c) ||
      (len > 2 && isDriveLetter(c) && path[1] === ':' && isWinSep(path[2]));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // The joined path must not become a UNC path unless the first part was
    // one: '\\' + 'server' stays a rooted path.
    let needsReplace = true;
    let slashCount = 0;
    if (isWinSep(firstPart[0])) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isWinSep(firstPart[1])) {
        ++slashCount;
        if (firstLen > 2) {
          if (isWinSep(firstPart[2])) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isWinSep(joined[slashCount])) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    // A segment naming a device ('con:x') leaves the result unnormalized.
    for (const seg of joined.split('\\')) {
      const colon = seg.indexOf(':');
      if (colon > 0 && WINDOWS_RESERVED.has(seg.slice(0, colon).toUpperCase())) {
        return joined.replace(/\//g, '\\');
      }
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    // Lower-casing may change the length ('\u0130' becomes two code units), so
    // positions found in the lower-cased `to` are mapped back to toOrig's.
    const toIndex = [];
    to = '';
    for (let k = 0; k < toOrig.length;) {
      const cp = toOrig.codePointAt(k);
      const width = cp > 0xffff ? 2 : 1;
      const lower = toOrig.slice(k, k + width).toLowerCase();
      for (let n = 0; n < lower.length; n++) toIndex.push(k);
      to += lower;
      k += width;
    }
    toIndex.push(toOrig.length);
    if (from === to) return '';
    // Trim leading and trailing separators (the root's included).
    const trim = (s) => {
      let a = 0;
      while (a < s.length && s[a] === '\\') a++;
      let b = s.length;
      while (b - 1 > a && s[b - 1] === '\\') b--;
      return [a, b];
    };
    const [fromStart, fromEnd] = trim(from);
    const [toStart, toEnd] = trim(to);
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fc = from[fromStart + i];
      if (fc !== to[toStart + i]) break;
      else if (fc === '\\') lastCommonSep = i;
    }
    if (i !== length) {
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (to[toStart + i] === '\\') return toOrig.slice(toIndex[toStart + i + 1]);
        if (i === 2) return toOrig.slice(toIndex[toStart + i]);
      }
      if (fromLen > length) {
        if (from[fromStart + i] === '\\') lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from[i] === '\\') out += out.length === 0 ? '..' : '\\..';
    }
    let toRest = toStart + lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toIndex[toRest], toIndex[toEnd])}`;
    if (to[toRest] === '\\') ++toRest;
    return toOrig.slice(toIndex[toRest], toIndex[toEnd]);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved[0] === '\\') {
      if (resolved[1] === '\\') {
        const c = resolved[2];
        if (c !== '?' && c !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved[0]) && resolved[1] === ':' && resolved[2] === '\\') {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = -1;
    let offset = 0;
    const c = path[0];
    if (len === 1) return isWinSep(c) ? path : '.';
    if (isWinSep(c)) {
      rootEnd = offset = 1;
      if (isWinSep(path[1])) {
        const unc = parseUnc(path);
        if (unc !== null) {
          if (unc.end === len) return path;
          rootEnd = offset = unc.end + 1;
        }
      }
    } else if (isDriveLetter(c) && path[1] === ':') {
      rootEnd = len > 2 && isWinSep(path[2]) ? 3 : 2;
      offset = rootEnd;
    }
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isWinSep(path[i])) {
        if (!matchedSlash) { end = i; break; }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const start = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
    return basenameImpl(path, suffix, start, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const start = path.length >= 2 && isDriveLetter(path[0]) && path[1] === ':' ? 2 : 0;
    const { s, end } = lastSegment(path, start, isWinSep);
    return extOf(path.slice(s, end));
  },

  format: formatImpl.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    let rootEnd = 0;
    const c = path[0];
    if (len === 1) {
      if (isWinSep(c)) { ret.root = ret.dir = path; return ret; }
      ret.base = ret.name = path;
      return ret;
    }
    if (isWinSep(c)) {
      rootEnd = 1;
      if (isWinSep(path[1])) {
        const unc = parseUnc(path);
        if (unc !== null) {
          if (unc.end === len) rootEnd = unc.end;
          else rootEnd = unc.end + 1;
        }
      }
    } else if (isDriveLetter(c) && path[1] === ':') {
      if (len <= 2) { ret.root = ret.dir = path; return ret; }
      rootEnd = 2;
      if (isWinSep(path[2])) {
        if (len === 3) { ret.root = ret.dir = path; return ret; }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    return parseTail(path, rootEnd, ret, isWinSep, ret.root);
  },

  matchesGlob(path, pattern) {
    return matchesGlobImpl(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

module.exports = posix;
