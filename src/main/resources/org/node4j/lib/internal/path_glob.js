// Glob matching for path.matchesGlob: '*', '?', '**' segments, bracket
// expressions (ranges, negation, POSIX classes), brace expansion ({a,b},
// {1..3}) and extglobs (+(), *(), ?(), @(), !()). Like node, '*' and '?'
// never match a leading dot, and backslashes in patterns are separators.
'use strict';

const CLASSES = {
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f', digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z',
  print: '\\x20-\\x7e', punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z', word: '\\w', xdigit: '0-9A-Fa-f',
};

// {a,b}c → ['ac', 'bc']; {1..3} → ['1', '2', '3'].
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0) {
      if (--depth === 0) {
        const body = pattern.slice(open + 1, i);
        const pre = pattern.slice(0, open);
        const post = pattern.slice(i + 1);
        const alts = splitTop(body);
        let items;
        if (alts.length > 1) {
          items = alts;
        } else {
          const m = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])$/.exec(body);
          if (!m) {
            return expandBraces(post).map((p) => `${pre}{${body}}${p}`);
          }
          items = range(m[1], m[2]);
        }
        const out = [];
        const rest = expandBraces(post);
        for (const item of items) {
          for (const e of expandBraces(item)) for (const r of rest) out.push(pre + e + r);
        }
        return out;
      }
    }
  }
  return [pattern];
}

function splitTop(body) {
  const parts = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(body.slice(last));
  return parts;
}

function range(a, b) {
  const out = [];
  if (/^-?\d+$/.test(a)) {
    const x = Number(a);
    const y = Number(b);
    const step = x <= y ? 1 : -1;
    for (let i = x; step > 0 ? i <= y : i >= y; i += step) out.push(String(i));
  } else {
    const x = a.charCodeAt(0);
    const y = b.charCodeAt(0);
    const step = x <= y ? 1 : -1;
    for (let i = x; step > 0 ? i <= y : i >= y; i += step) out.push(String.fromCharCode(i));
  }
  return out;
}

const escapeRe = (c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// One path segment pattern → RegExp source (without anchors).
function segmentSource(seg, i = 0, stop = '') {
  let src = '';
  for (; i < seg.length; i++) {
    const c = seg[i];
    if (stop.includes(c)) return { src, end: i };
    const next = seg[i + 1];
    if ('+*?@!'.includes(c) && next === '(') {
      const alts = [];
      let j = i + 2;
      for (;;) {
        const r = segmentSource(seg, j, '|)');
        alts.push(r.src);
        j = r.end;
        if (j >= seg.length) { alts.length = 0; break; }
        if (seg[j] === ')') break;
        j++;
      }
      if (alts.length > 0) {
        const body = `(?:${alts.join('|')})`;
        if (c === '+') src += `${body}+`;
        else if (c === '*') src += `${body}*`;
        else if (c === '?') src += `${body}?`;
        else if (c === '@') src += body;
        else src += `(?:(?!${body}$)[^/]*?)`;
        i = j;
        continue;
      }
    }
    if (c === '*') {
      while (seg[i + 1] === '*') i++;
      src += '[^/]*?';
    } else if (c === '?') {
      src += '[^/]';
    } else if (c === '[') {
      const r = bracket(seg, i);
      if (r === null) src += '\\[';
      else { src += r.src; i = r.end; }
    } else if (c === '\\' && i + 1 < seg.length) {
      src += escapeRe(seg[++i]);
    } else {
      src += escapeRe(c);
    }
  }
  return { src, end: i };
}

function bracket(seg, start) {
  let i = start + 1;
  let negate = false;
  if (seg[i] === '!' || seg[i] === '^') { negate = true; i++; }
  let body = '';
  let first = true;
  for (; i < seg.length; i++) {
    const c = seg[i];
    if (c === ']' && !first) {
      if (body === '') return null;
      return { src: negate ? `[^/${body}]` : `[${body}]`, end: i };
    }
    first = false;
    if (c === '[' && seg[i + 1] === ':') {
      const close = seg.indexOf(':]', i + 2);
      if (close !== -1) {
        const cls = CLASSES[seg.slice(i + 2, close)];
        if (cls !== undefined) { body += cls; i = close + 1; continue; }
      }
    }
    if (c === '\\' && i + 1 < seg.length) { body += escapeRe(seg[++i]); continue; }
    if (c === '-' && body !== '' && seg[i + 1] !== ']') { body += '-'; continue; }
    body += escapeRe(c);
  }
  return null;
}

function compileSegment(seg) {
  if (seg === '**') return '**';
  const { src } = segmentSource(seg);
  // '*' and '?' (and friends) do not match a leading dot unless the pattern
  // spells the dot out.
  const noDot = (seg[0] !== '.' ? '(?!\\.)' : '') + (/^\*+$/.test(seg) ? '(?=.)' : '');
  return new RegExp(`^${noDot}${src}$`);
}

function matchSegments(path, pi, pats, si) {
  while (si < pats.length) {
    const pat = pats[si];
    if (pat === '**') {
      if (si === pats.length - 1) {
        if (pi >= path.length && si > 0) return false;
        for (let k = pi; k < path.length; k++) {
          if (path[k].startsWith('.') && path[k] !== '') return false;
        }
        return true;
      }
      for (let k = pi; k <= path.length; k++) {
        if (matchSegments(path, k, pats, si + 1)) return true;
        if (k < path.length && (path[k][0] === '.')) return false;
      }
      return false;
    }
    if (pi >= path.length) return false;
    const seg = path[pi];
    if (typeof pat === 'string' ? seg !== pat : !pat.test(seg)) return false;
    if (seg === '.' || seg === '..') {
      if (typeof pat !== 'string' && !pat.source.includes(seg === '.' ? '^\\.$' : '^\\.\\.$')) return false;
    }
    pi++;
    si++;
  }
  return pi === path.length || (pi === path.length - 1 && path[pi] === '');
}

function splitPath(path, windows) {
  const parts = path.split(windows ? /[\\/]/ : '/');
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] !== '' || i === 0 || i === parts.length - 1) out.push(parts[i]);
  }
  if (out.length > 1 && out[0] === '' && parts.length > 1 && path.length > 0) return out;
  return out;
}

const cache = new Map();

function compile(pattern) {
  let compiled = cache.get(pattern);
  if (compiled !== undefined) return compiled;
  compiled = expandBraces(pattern.replace(/\\/g, '/')).map((p) => {
    const segs = p.split('/');
    const out = [];
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      if (s === '' && i !== 0 && i !== segs.length - 1) continue;
      if (s === '**' && out[out.length - 1] === '**') continue;
      out.push(/[*?[+@!(]/.test(s) ? compileSegment(s) : s);
    }
    return out;
  });
  if (cache.size > 200) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

function matches(path, pattern, windows) {
  const segs = splitPath(path, windows);
  for (const pats of compile(pattern)) {
    if (matchSegments(segs, 0, pats, 0)) return true;
  }
  return false;
}

// compile(pattern): one array per brace alternative; each element is a literal
// segment (string), a RegExp for one segment, or '**'. fs.glob walks with these.
module.exports = { matches, compile };
