// DOMException (WebIDL): name, message and the legacy numeric code.
'use strict';

const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const codeByName = new Map(legacyCodes.map(([name, , code]) => [name, code]));

function invalidThis() {
  // Node words this one differently from its ERR_INVALID_THIS.
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = options.name === undefined ? undefined : `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this);
    } else {
      const stack = new Error(this.#message).stack;
      Object.defineProperty(this, 'stack', {
        __proto__: null, writable: true, configurable: true, enumerable: false,
        value: typeof stack === 'string' ? stack.replace(/^Error/, this.#name) : undefined,
      });
    }
  }

  static #is(self) {
    return self != null && typeof self === 'object' && #name in self;
  }

  get name() {
    if (!DOMException.#is(this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!DOMException.#is(this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!DOMException.#is(this)) throw invalidThis();
    return codeByName.get(this.#name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});
for (const [, constName, code] of legacyCodes) {
  const desc = { __proto__: null, enumerable: true, value: code };
  Object.defineProperty(DOMException, constName, desc);
  Object.defineProperty(DOMException.prototype, constName, desc);
}

module.exports = { DOMException };
