// util.MIMEType and util.MIMEParams: MIME types parsed and serialized as the
// WHATWG MIME Sniffing standard says ("parse a MIME type", "serialize a MIME
// type"), with Node's ERR_INVALID_MIME_SYNTAX for bad input.
'use strict';

const { ERR_INVALID_MIME_SYNTAX } = require('internal/errors').codes;

// HTTP token code points: what a type, subtype or parameter name may hold.
const kNotToken = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// HTTP quoted-string token code points: what a parameter value may hold.
const kNotQuotedStringToken = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const kHttpWhitespace = '\t\n\r ';

function trimHttpWhitespace(text, leading = true, trailing = true) {
  let start = 0;
  let end = text.length;
  if (leading) while (start < end && kHttpWhitespace.includes(text[start])) start++;
  if (trailing) while (end > start && kHttpWhitespace.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

// Index of the first character not matching, or -1.
function firstInvalid(text, notAllowed) {
  const match = notAllowed.exec(text);
  return match === null ? -1 : match.index;
}

// MIME names are ASCII case-insensitive; other letters keep their case.
function asciiLower(text) {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

function isToken(text) {
  return text.length > 0 && !kNotToken.test(text);
}

// Throws unless `text` is a non-empty HTTP token; `production` names it in the message.
function validateToken(text, production) {
  const bad = text.length === 0 ? -1 : firstInvalid(text, kNotToken);
  if (text.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, text, bad);
}

// The value of an HTTP quoted string starting at text[start] ('"'): escapes
// removed, an unterminated string ending at the end of input.
// Returns [value, position after it].
function collectQuotedString(text, start) {
  let value = '';
  let pos = start + 1;
  while (pos < text.length) {
    const ch = text[pos++];
    if (ch === '"') break;
    if (ch === '\\') {
      if (pos >= text.length) {
        value += '\\';
        break;
      }
      value += text[pos++];
    } else {
      value += ch;
    }
  }
  return [value, pos];
}

// Serialize one parameter value: bare when it is a token, else quoted.
function serializeValue(value) {
  if (isToken(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  // Names are ASCII case-insensitive: stored, looked up and reported in lower case.
  delete(name) {
    this.#data.delete(asciiLower(`${name}`));
  }

  get(name) {
    const value = this.#data.get(asciiLower(`${name}`));
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(asciiLower(`${name}`));
  }

  set(name, value) {
    name = asciiLower(`${name}`);
    value = `${value}`;
    validateToken(name, 'parameter name');
    const bad = firstInvalid(value, kNotQuotedStringToken);
    if (bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, bad);
    this.#data.set(name, value);
  }

  * entries() {
    yield* this.#data.entries();
  }

  * keys() {
    yield* this.#data.keys();
  }

  * values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) out += `;${name}=${serializeValue(value)}`;
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // The parameter part of a MIME type string (from its first ';'), parsed
  // leniently: bad or repeated parameters are skipped, never an error.
  static parseInto(params, text, pos) {
    const data = params.#data;
    while (pos < text.length) {
      pos++; // the ';'
      while (pos < text.length && kHttpWhitespace.includes(text[pos])) pos++;
      let nameEnd = pos;
      while (nameEnd < text.length && text[nameEnd] !== ';' && text[nameEnd] !== '=') nameEnd++;
      const name = asciiLower(text.slice(pos, nameEnd));
      pos = nameEnd;
      if (pos < text.length && text[pos] === ';') continue;
      pos++; // the '='
      if (pos >= text.length) break;
      let value;
      if (text[pos] === '"') {
        [value, pos] = collectQuotedString(text, pos);
        while (pos < text.length && text[pos] !== ';') pos++;
      } else {
        let valueEnd = pos;
        while (valueEnd < text.length && text[valueEnd] !== ';') valueEnd++;
        value = trimHttpWhitespace(text.slice(pos, valueEnd), false);
        pos = valueEnd;
        if (value.length === 0) continue;
      }
      if (isToken(name) && !kNotQuotedStringToken.test(value) && !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}

const parseParams = MIMEParams.parseInto;
delete MIMEParams.parseInto;

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null, value: MIMEParams.prototype.entries, writable: true, configurable: true,
});

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(input) {
    // Errors quote the input as given; indexes count within the type or subtype.
    const given = `${input}`;
    // Only leading whitespace goes first: trailing whitespace is trimmed from
    // the subtype and values, so "html\n" without a '/' is a bad type (at 4), as in Node.
    const text = trimHttpWhitespace(given, true, false);
    const slash = text.indexOf('/');
    const type = slash === -1 ? text : text.slice(0, slash);
    const badType = firstInvalid(type, kNotToken);
    if (slash === -1 || type.length === 0 || badType !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', given, badType);
    }
    let semicolon = text.indexOf(';', slash + 1);
    if (semicolon === -1) semicolon = text.length;
    const subtype = trimHttpWhitespace(text.slice(slash + 1, semicolon), false);
    const badSubtype = firstInvalid(subtype, kNotToken);
    if (subtype.length === 0 || badSubtype !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', given, badSubtype);
    }
    this.#type = asciiLower(type);
    this.#subtype = asciiLower(subtype);
    parseParams(this.#params, text, semicolon);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    validateToken(value, 'type');
    this.#type = asciiLower(value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    validateToken(value, 'subtype');
    this.#subtype = asciiLower(value);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    return `${this.essence}${this.#params.toString()}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
