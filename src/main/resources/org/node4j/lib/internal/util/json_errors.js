// JSON.parse with V8's (node 24's) SyntaxError messages. GraalJS's parser
// words its errors differently ("Unexpected token } in JSON at position 39"
// where node says "Expected double-quoted property name in JSON at position 39
// (line 4 column 1)"), and programs and tests compare these messages. The
// wrapper hands every call to the engine's JSON.parse untouched; only when that
// throws a SyntaxError does it re-scan the text with the small checker below,
// which follows the grammar the way V8's parser does and names the first thing
// that parser stops at, and rewrite the error's message (and stack header).
'use strict';

const kSelfFrame = 'node:internal/util/json_errors:';
const errorToString = Error.prototype.toString;
const SyntaxErrorCtor = SyntaxError;

// Whole inputs that V8 reports without the "Unexpected token" prefix: the
// usual results of stringifying a non-JSON value.
const kSpecialInputs = new Set(['undefined', 'NaN', 'Infinity', '[object Object]']);

// Inputs up to this length are quoted whole in "Unexpected token" messages;
// longer ones as a window of kSnippetRadius code units either side of the error.
const kMaxWholeSource = 20;
const kSnippetRadius = 10;

class JsonProblem {
  constructor(kind, pos) {
    this.kind = kind; // one of the keys of kPositionMessages, or 'end' / 'token'
    this.pos = pos;
  }
}

const kPositionMessages = {
  __proto__: null,
  propertyOrClose: "Expected property name or '}' in JSON",
  propertyName: 'Expected double-quoted property name in JSON',
  colon: "Expected ':' after property name in JSON",
  objectNext: "Expected ',' or '}' after property value in JSON",
  arrayNext: "Expected ',' or ']' after array element in JSON",
  unterminated: 'Unterminated string in JSON',
  controlChar: 'Bad control character in string literal in JSON',
  badEscape: 'Bad escaped character in JSON',
  badUnicode: 'Bad Unicode escape in JSON',
  minus: 'No number after minus sign in JSON',
  fraction: 'Unterminated fractional number in JSON',
  exponent: 'Exponent part is missing a number in JSON',
  number: 'Unexpected number in JSON',
  string: 'Unexpected string in JSON',
  trailing: 'Unexpected non-whitespace character after JSON',
};

function isWhitespace(c) {
  return c === 0x20 || c === 0x0A || c === 0x0D || c === 0x09;
}

function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

// A character where a value (or a literal's next letter) was due: V8 names it
// by the kind of token it would start.
function unexpectedAt(text, pos) {
  if (pos >= text.length) return new JsonProblem('end', pos);
  const c = text.charCodeAt(pos);
  if (c === 0x22) return new JsonProblem('string', pos);
  if (c === 0x2D || isDigit(c)) return new JsonProblem('number', pos);
  return new JsonProblem('token', pos);
}

// Scans `text` as JSON; returns the first problem found, or null if it parses.
// Iterative (an explicit stack of open containers) so deep nesting is no risk.
function findProblem(text) {
  const n = text.length;
  let i = 0;
  const open = []; // 0x7B for an object, 0x5B for an array

  function skipWhitespace() {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
  }

  // The string starting at the quote at i; leaves i after the closing quote.
  function scanString() {
    i++;
    for (;;) {
      if (i >= n) return new JsonProblem('unterminated', n);
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return null; }
      if (c < 0x20) return new JsonProblem('controlChar', i);
      if (c !== 0x5C) { i++; continue; }
      i++;
      if (i >= n) return new JsonProblem('end', i);
      const e = text.charCodeAt(i);
      if (e === 0x75) { // \uXXXX
        i++;
        for (let k = 0; k < 4; k++, i++) {
          if (i >= n || !isHexDigit(text.charCodeAt(i))) return new JsonProblem('badUnicode', i);
        }
        continue;
      }
      // " \ / b f n r t
      if (e === 0x22 || e === 0x5C || e === 0x2F || e === 0x62 || e === 0x66 ||
          e === 0x6E || e === 0x72 || e === 0x74) {
        i++;
        continue;
      }
      // Past Latin-1, V8 reports the character itself rather than the escape.
      return e > 0xFF ? unexpectedAt(text, i) : new JsonProblem('badEscape', i);
    }
  }

  function scanDigits() {
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }

  function scanNumber() {
    if (text.charCodeAt(i) === 0x2D) {
      i++;
      if (i >= n || !isDigit(text.charCodeAt(i))) return new JsonProblem('minus', i);
    }
    if (text.charCodeAt(i) === 0x30) {
      i++;
      if (i < n && isDigit(text.charCodeAt(i))) return new JsonProblem('number', i);
    } else {
      scanDigits();
    }
    if (i < n && text.charCodeAt(i) === 0x2E) {
      i++;
      if (i >= n || !isDigit(text.charCodeAt(i))) return new JsonProblem('fraction', i);
      scanDigits();
    }
    if (i < n && (text.charCodeAt(i) | 0x20) === 0x65) {
      i++;
      if (i < n && (text.charCodeAt(i) === 0x2B || text.charCodeAt(i) === 0x2D)) i++;
      if (i >= n || !isDigit(text.charCodeAt(i))) return new JsonProblem('exponent', i);
      scanDigits();
    }
    return null;
  }

  function scanLiteral(word) {
    for (let k = 0; k < word.length; k++, i++) {
      if (i >= n || text.charCodeAt(i) !== word.charCodeAt(k)) return unexpectedAt(text, i);
    }
    return null;
  }

  // After '{' (and whitespace) or after ',' in an object: a key, ':' and the
  // whitespace before the value. `first` allows '}' instead of a key.
  function scanMember(first) {
    skipWhitespace();
    if (i >= n || text.charCodeAt(i) !== 0x22) {
      return new JsonProblem(first ? 'propertyOrClose' : 'propertyName', i);
    }
    const problem = scanString();
    if (problem !== null) return problem;
    skipWhitespace();
    if (i >= n || text.charCodeAt(i) !== 0x3A) return new JsonProblem('colon', i);
    i++;
    return null;
  }

  for (;;) {
    // A value is due at i (after whitespace).
    skipWhitespace();
    if (i >= n) return new JsonProblem('end', i);
    const c = text.charCodeAt(i);
    let problem = null;
    let scalar = true;
    if (c === 0x7B) { // {
      i++;
      skipWhitespace();
      if (i < n && text.charCodeAt(i) === 0x7D) {
        i++;
      } else {
        problem = scanMember(true);
        if (problem === null) { open.push(0x7B); scalar = false; }
      }
    } else if (c === 0x5B) { // [
      i++;
      skipWhitespace();
      if (i < n && text.charCodeAt(i) === 0x5D) {
        i++;
      } else {
        open.push(0x5B);
        scalar = false;
      }
    } else if (c === 0x22) {
      problem = scanString();
    } else if (c === 0x2D || isDigit(c)) {
      problem = scanNumber();
    } else if (c === 0x74) {
      problem = scanLiteral('true');
    } else if (c === 0x66) {
      problem = scanLiteral('false');
    } else if (c === 0x6E) {
      problem = scanLiteral('null');
    } else {
      problem = unexpectedAt(text, i);
    }
    if (problem !== null) return problem;
    if (!scalar) continue; // the first element / member value of a new container

    // A value ended: close containers until one wants another element.
    for (;;) {
      skipWhitespace();
      if (open.length === 0) {
        return i < n ? new JsonProblem('trailing', i) : null;
      }
      const top = open[open.length - 1];
      const next = i < n ? text.charCodeAt(i) : -1;
      if (top === 0x7B) {
        if (next === 0x2C) {
          i++;
          problem = scanMember(false);
          if (problem !== null) return problem;
          break;
        }
        if (next !== 0x7D) return new JsonProblem('objectNext', i);
      } else {
        if (next === 0x2C) { i++; break; }
        if (next !== 0x5D) return new JsonProblem('arrayNext', i);
      }
      i++;
      open.pop();
    }
  }
}

// "(line L column C)" for a UTF-16 offset; \n, \r and \r\n end lines.
function lineAndColumn(text, pos) {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < pos; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0A || c === 0x0D) {
      if (c === 0x0D && k + 1 < pos && text.charCodeAt(k + 1) === 0x0A) k++;
      line++;
      lineStart = k + 1;
    }
  }
  return `(line ${line} column ${pos - lineStart + 1})`;
}

function messageFor(text, problem) {
  const { kind, pos } = problem;
  if (kind === 'end') return 'Unexpected end of JSON input';
  if (kind === 'token') {
    if (kSpecialInputs.has(text)) return `"${text}" is not valid JSON`;
    let snippet;
    if (text.length <= kMaxWholeSource) {
      snippet = `"${text}"`;
    } else {
      // The leading '...' appears once the window reaches the first character.
      const start = Math.max(0, pos - kSnippetRadius);
      const end = Math.min(text.length, pos + kSnippetRadius);
      const before = pos >= kSnippetRadius ? '...' : '';
      snippet = `${before}"${text.slice(start, end)}"${end < text.length ? '...' : ''}`;
    }
    return `Unexpected token '${text[pos]}', ${snippet} is not valid JSON`;
  }
  return `${kPositionMessages[kind]} at position ${pos} ${lineAndColumn(text, pos)}`;
}

// Gives `err` the message V8 would have, and a stack that starts with it and
// has no frame for the wrapper. The stack stays lazy as in V8: its header is
// built on first read, so a caller that prefixes the message first (require()
// of a .json file does) sees the prefix in the stack too.
function rewriteError(err, text) {
  const problem = findProblem(text);
  if (problem === null) return; // not a grammar error we can name; keep the engine's
  const oldMessage = err.message;
  const message = messageFor(text, problem);
  err.message = message;
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const header = errorToString.call(err);
  let frames;
  if (stack.startsWith(header)) {
    frames = stack.slice(header.length);
  } else if (stack.startsWith(`${err.name}: ${oldMessage}`)) {
    frames = stack.slice(`${err.name}: ${oldMessage}`.length);
  } else {
    return;
  }
  frames = frames.split('\n').filter((line) => !line.includes(kSelfFrame)).join('\n');
  let value;
  let formatted = false;
  Object.defineProperty(err, 'stack', {
    __proto__: null,
    get() {
      if (!formatted) {
        value = errorToString.call(this) + frames;
        formatted = true;
      }
      return value;
    },
    set(v) {
      Object.defineProperty(this, 'stack', {
        __proto__: null, value: v, writable: true, enumerable: false, configurable: true,
      });
    },
    enumerable: false,
    configurable: true,
  });
}

let installed = false;

function installV8JsonParseMessages() {
  if (installed) return;
  installed = true;
  const json = JSON;
  const original = json.parse;
  // original.call(JSON, ...) without looking up .call at each use; the JSON
  // receiver makes the engine's frame read "JSON.parse", as in node.
  const callOriginal = Function.prototype.call.bind(original);
  // A method, so that like the original it has no prototype and cannot be
  // constructed; its name is 'parse' and its length 2.
  const { parse } = {
    parse(text, reviver) {
      const source = typeof text === 'string' ? text : `${text}`;
      try {
        return callOriginal(json, source, reviver);
      } catch (err) {
        if (err instanceof SyntaxErrorCtor) rewriteError(err, source);
        throw err;
      }
    },
  };
  Object.defineProperty(json, 'parse', {
    __proto__: null, value: parse, writable: true, enumerable: false, configurable: true,
  });
}

module.exports = { installV8JsonParseMessages };
