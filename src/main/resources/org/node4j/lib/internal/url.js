// WHATWG URL and URLSearchParams, and the node helpers around them
// (fileURLToPath, pathToFileURL, urlToHttpOptions, domainTo*).
'use strict';

const P = require('internal/url/parser');
const {
  validateFunction, validateString, validateObject,
} = require('internal/validators');

let lazyCodes;
const codes = () => (lazyCodes ??= require('internal/errors').codes);

const kInspect = Symbol.for('nodejs.util.inspect.custom');
let lazyInspect;
const inspectFn = () => (lazyInspect ??= require('internal/util/inspect').inspect);

function invalidUrl(input, base) {
  const err = new (codes().ERR_INVALID_URL)();
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

const kRecord = Symbol('record');
const kParams = Symbol('params');
const kList = Symbol('list');
const kUrl = Symbol('url');

const usv = (v) => P.toUSV(`${v}`);

function receiverCheck(self) {
  if (self === null || typeof self !== 'object' || !(kRecord in self) ||
      !Object.prototype.hasOwnProperty.call(self, kRecord)) {
    throw new TypeError('Receiver must be an instance of class URL');
  }
  return self[kRecord];
}

function parseOrFail(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = P.basicParse(usv(base));
    if (baseRecord === P.FAILURE) return P.FAILURE;
  }
  return P.basicParse(usv(input), baseRecord);
}

// The opaque path loses its trailing spaces when query and fragment go.
function stripTrailingSpaces(rec) {
  if (!rec.opaque || rec.fragment !== null || rec.query !== null) return;
  rec.path = rec.path.replace(/ +$/, '');
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    input = usv(input);
    if (base !== undefined) base = usv(base);
    const rec = parseOrFail(input, base);
    if (rec === P.FAILURE) throw invalidUrl(input, base);
    Object.defineProperty(this, kRecord, { __proto__: null, value: rec, writable: true });
    Object.defineProperty(this, kParams, { __proto__: null, value: undefined, writable: true });
  }

  static parse(input = undefined, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input = undefined, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    return parseOrFail(input, base) !== P.FAILURE;
  }

  static createObjectURL(obj) {
    const blob = require('internal/blob');
    return blob.createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    try {
      require('internal/blob').revokeObjectURL(url);
    } catch {
      // no blob registry
    }
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = this.constructor && this.constructor.name ? this.constructor.name : 'URL';
    const obj = { __proto__: { constructor: URL } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    const o = { ...opts };
    if (typeof depth === 'number') o.depth = depth;
    return `${ctor} ${inspectFn()({ ...obj }, o)}`;
  }

  toString() {
    return P.serialize(receiverCheck(this));
  }

  get href() {
    return P.serialize(receiverCheck(this));
  }

  set href(value) {
    receiverCheck(this);
    value = usv(value);
    const rec = P.basicParse(value);
    if (rec === P.FAILURE) throw invalidUrl(value);
    this[kRecord] = rec;
    if (this[kParams] !== undefined) this[kParams][kList] = rec.query ? P.formParse(rec.query) : [];
  }

  get origin() {
    return P.origin(receiverCheck(this));
  }

  get protocol() {
    return `${receiverCheck(this).scheme}:`;
  }

  set protocol(value) {
    const rec = receiverCheck(this);
    const copy = P.cloneRecord(rec);
    if (P.basicParse(`${usv(value)}:`, null, copy, P.S.SCHEME_START) !== P.FAILURE) {
      this[kRecord] = copy;
    }
  }

  get username() {
    return receiverCheck(this).username;
  }

  set username(value) {
    const rec = receiverCheck(this);
    value = usv(value);
    if (rec.host === null || rec.host === '' || rec.scheme === 'file') return;
    rec.username = P.encodeString(value, P.USERINFO_SET);
  }

  get password() {
    return receiverCheck(this).password;
  }

  set password(value) {
    const rec = receiverCheck(this);
    value = usv(value);
    if (rec.host === null || rec.host === '' || rec.scheme === 'file') return;
    rec.password = P.encodeString(value, P.USERINFO_SET);
  }

  get host() {
    const rec = receiverCheck(this);
    if (rec.host === null) return '';
    if (rec.port === null) return rec.host;
    return `${rec.host}:${rec.port}`;
  }

  set host(value) {
    const rec = receiverCheck(this);
    value = usv(value);
    if (rec.opaque) return;
    const copy = P.cloneRecord(rec);
    if (P.basicParse(value, null, copy, P.S.HOST) !== P.FAILURE) this[kRecord] = copy;
  }

  get hostname() {
    const rec = receiverCheck(this);
    return rec.host === null ? '' : rec.host;
  }

  set hostname(value) {
    const rec = receiverCheck(this);
    value = usv(value);
    if (rec.opaque) return;
    const copy = P.cloneRecord(rec);
    if (P.basicParse(value, null, copy, P.S.HOSTNAME) !== P.FAILURE) this[kRecord] = copy;
  }

  get port() {
    const rec = receiverCheck(this);
    return rec.port === null ? '' : String(rec.port);
  }

  set port(value) {
    const rec = receiverCheck(this);
    value = usv(value);
    if (rec.host === null || rec.host === '' || rec.scheme === 'file') return;
    if (value === '') {
      rec.port = null;
      return;
    }
    const copy = P.cloneRecord(rec);
    if (P.basicParse(value, null, copy, P.S.PORT) !== P.FAILURE) this[kRecord] = copy;
  }

  get pathname() {
    return P.serializePath(receiverCheck(this));
  }

  set pathname(value) {
    const rec = receiverCheck(this);
    value = usv(value);
    if (rec.opaque) return;
    const copy = P.cloneRecord(rec);
    copy.path = [];
    if (P.basicParse(value, null, copy, P.S.PATH_START) !== P.FAILURE) this[kRecord] = copy;
  }

  get search() {
    const rec = receiverCheck(this);
    if (rec.query === null || rec.query === '') return '';
    return `?${rec.query}`;
  }

  set search(value) {
    const rec = receiverCheck(this);
    value = usv(value);
    if (value === '') {
      rec.query = null;
      if (this[kParams] !== undefined) this[kParams][kList] = [];
      stripTrailingSpaces(rec);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    const copy = P.cloneRecord(rec);
    copy.query = '';
    P.basicParse(input, null, copy, P.S.QUERY);
    this[kRecord] = copy;
    if (this[kParams] !== undefined) this[kParams][kList] = P.formParse(input);
  }

  get searchParams() {
    receiverCheck(this);
    if (this[kParams] === undefined) {
      const params = new URLSearchParams();
      params[kUrl] = this;
      const q = this[kRecord].query;
      params[kList] = q ? P.formParse(q) : [];
      this[kParams] = params;
    }
    return this[kParams];
  }

  get hash() {
    const rec = receiverCheck(this);
    if (rec.fragment === null || rec.fragment === '') return '';
    return `#${rec.fragment}`;
  }

  set hash(value) {
    const rec = receiverCheck(this);
    value = usv(value);
    if (value === '') {
      rec.fragment = null;
      stripTrailingSpaces(rec);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    const copy = P.cloneRecord(rec);
    copy.fragment = '';
    P.basicParse(input, null, copy, P.S.FRAGMENT);
    this[kRecord] = copy;
  }

  toJSON() {
    return P.serialize(receiverCheck(this));
  }
}

// WebIDL: attributes and operations are enumerable.
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
                    'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, name, d);
}
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const d = Object.getOwnPropertyDescriptor(URL, name);
  d.enumerable = true;
  Object.defineProperty(URL, name, d);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URL', configurable: true,
});
Object.defineProperty(URL.prototype, kInspect, { enumerable: false });

// ------------------------------------------------------------ URLSearchParams

function paramsCheck(self) {
  if (self === null || typeof self !== 'object' || !Object.prototype.hasOwnProperty.call(self, kList)) {
    throw new (codes().ERR_INVALID_THIS)('URLSearchParams');
  }
  return self[kList];
}

function update(params) {
  const url = params[kUrl];
  if (url === undefined) return;
  const rec = url[kRecord];
  const s = P.formSerialize(params[kList]);
  rec.query = s === '' ? null : s;
  if (s === '') stripTrailingSpaces(rec);
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { __proto__: null, value: [], writable: true });
    Object.defineProperty(this, kUrl, { __proto__: null, value: undefined, writable: true });
    if (init === undefined) return;
    if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this[kList] = init[kList].map((p) => [p[0], p[1]]);
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') {
          throw new (codes().ERR_ARG_NOT_ITERABLE)('Query pairs');
        }
        const pairs = [];
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          pairs.push(Array.from(pair));
        }
        for (const pair of pairs) {
          if (pair.length !== 2) throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          this[kList].push([usv(pair[0]), usv(pair[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = usv(key);
          const value = usv(init[key]);
          const existing = this[kList].findIndex((p) => p[0] === name);
          if (existing !== -1) this[kList][existing][1] = value;
          else this[kList].push([name, value]);
        }
      }
    } else {
      let s = usv(init);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = P.formParse(s);
    }
  }

  get size() {
    return paramsCheck(this).length;
  }

  append(name = undefined, value = undefined) {
    const list = paramsCheck(this);
    if (arguments.length < 2) throw new (codes().ERR_MISSING_ARGS)('name', 'value');
    list.push([usv(name), usv(value)]);
    update(this);
  }

  delete(name = undefined, value = undefined) {
    let list = paramsCheck(this);
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    name = usv(name);
    if (value !== undefined) {
      value = usv(value);
      list = list.filter((p) => !(p[0] === name && p[1] === value));
    } else {
      list = list.filter((p) => p[0] !== name);
    }
    this[kList] = list;
    update(this);
  }

  get(name = undefined) {
    const list = paramsCheck(this);
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    name = usv(name);
    const pair = list.find((p) => p[0] === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name = undefined) {
    const list = paramsCheck(this);
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    name = usv(name);
    return list.filter((p) => p[0] === name).map((p) => p[1]);
  }

  has(name = undefined, value = undefined) {
    const list = paramsCheck(this);
    if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('name');
    name = usv(name);
    if (value !== undefined) {
      value = usv(value);
      return list.some((p) => p[0] === name && p[1] === value);
    }
    return list.some((p) => p[0] === name);
  }

  set(name = undefined, value = undefined) {
    const list = paramsCheck(this);
    if (arguments.length < 2) throw new (codes().ERR_MISSING_ARGS)('name', 'value');
    name = usv(name);
    value = usv(value);
    const first = list.findIndex((p) => p[0] === name);
    if (first === -1) {
      list.push([name, value]);
    } else {
      list[first][1] = value;
      this[kList] = list.filter((p, i) => i <= first || p[0] !== name);
    }
    update(this);
  }

  sort() {
    const list = paramsCheck(this);
    // Stable, by UTF-16 code units.
    const indexed = list.map((p, i) => [p, i]);
    indexed.sort((a, b) => {
      if (a[0][0] < b[0][0]) return -1;
      if (a[0][0] > b[0][0]) return 1;
      return a[1] - b[1];
    });
    this[kList] = indexed.map((x) => x[0]);
    update(this);
  }

  entries() {
    paramsCheck(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback = undefined, thisArg = undefined) {
    paramsCheck(this);
    validateFunction(callback, 'callback');
    for (let i = 0; i < this[kList].length; i++) {
      const [k, v] = this[kList][i];
      callback.call(thisArg, v, k, this);
    }
  }

  keys() {
    paramsCheck(this);
    return createIterator(this, 'key');
  }

  values() {
    paramsCheck(this);
    return createIterator(this, 'value');
  }

  toString() {
    return P.formSerialize(paramsCheck(this));
  }

  [kInspect](recurseTimes, ctx) {
    paramsCheck(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx && ctx.stylize ? ctx.stylize('[Object]', 'special') : '[Object]';
    }
    const inspect = inspectFn();
    const opts = { ...ctx };
    if (typeof recurseTimes === 'number') opts.depth = recurseTimes;
    const innerOpts = { ...opts };
    if (recurseTimes !== null && typeof recurseTimes === 'number') innerOpts.depth = recurseTimes - 1;
    const innerInspect = (v) => inspect(v, innerOpts);
    const list = this[kList];
    const output = list.map(([k, v]) => `${innerInspect(k)} => ${innerInspect(v)}`);
    return braced(this.constructor.name, output, ctx, '{}');
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  __proto__: null, value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
                    'forEach', 'keys', 'values', 'toString']) {
  const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  d.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, d);
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams', configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, kInspect, { enumerable: false });

const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');

// `name { a, b }` on one line while it fits ctx.breakLength, else one entry
// per line (node's layout for URLSearchParams and its iterators).
function braced(name, output, ctx, empty) {
  if (output.length === 0) return `${name} ${empty}`;
  const length = output.reduce((sum, cur) => sum + cur.length + 2, -2);
  const breakLength = typeof ctx?.breakLength === 'number' ? ctx.breakLength : 80;
  if (length > breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
  return `${name} { ${output.join(', ')} }`;
}

const URLSearchParamsIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    __proto__: null,
    value: function next() {
      if (this === null || typeof this !== 'object' || !(kTarget in this)) {
        throw new (codes().ERR_INVALID_THIS)('URLSearchParamsIterator');
      }
      const list = this[kTarget][kList];
      const index = this[kIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIndex] = index + 1;
      const [k, v] = list[index];
      const kind = this[kKind];
      return { value: kind === 'key' ? k : kind === 'value' ? v : [k, v], done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { __proto__: null, value: 'URLSearchParams Iterator', configurable: true },
  [kInspect]: {
    __proto__: null,
    value: function inspect(recurseTimes, ctx) {
      const innerOpts = { ...ctx };
      if (typeof recurseTimes === 'number') {
        if (recurseTimes < 0) return '[Object]';
        innerOpts.depth = recurseTimes - 1;
      }
      const list = this[kTarget][kList];
      const kind = this[kKind];
      const rest = list.slice(this[kIndex]).map(([k, v]) =>
        (kind === 'key' ? k : kind === 'value' ? v : [k, v]));
      const inspect = inspectFn();
      const output = rest.map((x) => inspect(x, innerOpts));
      return braced('URLSearchParams Iterator', output, ctx, '{  }');
    },
    writable: true, configurable: true,
  },
});

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  it[kTarget] = target;
  it[kKind] = kind;
  it[kIndex] = 0;
  return it;
}

// ------------------------------------------------------------ helpers

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('domain');
  const r = P.domainToASCII(usv(domain), false);
  if (r === P.FAILURE) return '';
  const host = P.parseHost(r, false);
  return host === P.FAILURE ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new (codes().ERR_MISSING_ARGS)('domain');
  const ascii = domainToASCII(domain);
  if (ascii === '' && `${domain}` !== '') return '';
  return P.domainToUnicode(ascii);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') {
    throw new (codes().ERR_INVALID_FILE_URL_HOST)(process.platform);
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new (codes().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponentLenient(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new (codes().ERR_INVALID_FILE_URL_PATH)('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponentLenient(pathname);
  if (hostname !== '') {
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new (codes().ERR_INVALID_FILE_URL_PATH)('must be absolute');
  }
  return pathname.slice(1);
}

function decodeURIComponentLenient(s) {
  const { utf8Decode } = require('internal/querystring');
  return utf8Decode(P.percentDecodeBytes(s));
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new (codes().ERR_INVALID_URL_SCHEME)('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// Percent-encodes what the URL parser would misread in a file path.
// Characters of a file path that node 24 percent-encodes itself before the
// URL's own path encoding runs (which leaves [ ] ^ | ~ alone).
const kPathCharsToEncode = new Set(['%', '[', ']', '^', '|', '~']);

function encodePathChars(filepath, windows) {
  let out = '';
  for (const c of filepath) {
    const code = c.charCodeAt(0);
    if (c === '\\') {
      out += windows ? c : '%5C';
    } else if (kPathCharsToEncode.has(c) || code < 0x20 || code === 0x7f) {
      out += `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    } else {
      out += c;
    }
  }
  return out;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? false;
  validateString(filepath, 'path');
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    const isExtendedUNC = filepath.startsWith('\\\\?\\UNC\\');
    const prefixLength = isExtendedUNC ? 8 : 2;
    const hostnameEndIndex = filepath.indexOf('\\', prefixLength);
    if (hostnameEndIndex === -1) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEndIndex === 2) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('path', filepath, 'Empty UNC servername');
    }
    const hostname = filepath.slice(prefixLength, hostnameEndIndex);
    const outURL = new URL('file://');
    outURL.hostname = hostname;
    outURL.pathname = encodePathChars(filepath.slice(hostnameEndIndex).replace(/\\/g, '/'), windows)
      .replace(/\?/g, '%3F').replace(/#/g, '%23');
    return outURL;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const sepCode = windows ? ['\\', '/'] : ['/'];
  const last = filepath[filepath.length - 1];
  if (sepCode.includes(last) && resolved[resolved.length - 1] !== path.sep) resolved += '/';
  if (windows) resolved = resolved.replace(/\\/g, '/');
  resolved = encodePathChars(resolved, windows);
  resolved = resolved.replace(/\?/g, '%3F').replace(/#/g, '%23');
  if (windows && resolved[0] !== '/') resolved = `/${resolved}`;
  return new URL(`file://${resolved}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  validateObject(url, 'url', { allowArray: true, allowFunction: true });
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL,
  toPathIfFileURL, urlToHttpOptions, isURL,
  kRecord,
};
