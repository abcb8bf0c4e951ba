// Deep equality as assert.deepEqual / deepStrictEqual / partialDeepStrictEqual
// and util.isDeepStrictEqual define it (see the "Comparison details" sections
// of Node's assert documentation).
'use strict';

const types = require('internal/util/types');

const kLoose = 0;
const kStrict = 1;
const kPartial = 2;

const objToString = Object.prototype.toString;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const getProto = Object.getPrototypeOf;

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

function isIndexKey(k) {
  if (typeof k !== 'string' || k.length === 0 || k.length > 10) return false;
  const c = k.charCodeAt(0);
  if (c === 48) return k.length === 1;
  if (c < 48 || c > 57) return false;
  for (let i = 1; i < k.length; i++) {
    const d = k.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return Number(k) < 4294967295;
}

function isErrorLike(v) {
  return types.isNativeError(v) || v instanceof Error;
}

let URLClass;
function isURL(v) {
  if (URLClass === undefined) {
    URLClass = null;
    try {
      const desc = Object.getOwnPropertyDescriptor(globalThis, 'URL');
      if (desc && typeof desc.value === 'function') URLClass = desc.value;
    } catch { /* no URL yet */ }
  }
  if (URLClass === null) return false;
  try { return v instanceof URLClass; } catch { return false; }
}

// Own keys that take part in the comparison: enumerable string keys, plus
// enumerable symbols outside loose mode. Index keys may be skipped for arrays
// and typed arrays whose elements are compared separately.
function ownKeys(obj, mode, skipIndices) {
  let keys = Object.keys(obj);
  if (skipIndices) keys = keys.filter((k) => !isIndexKey(k));
  if (mode !== kLoose) {
    for (const sym of Object.getOwnPropertySymbols(obj)) {
      if (isEnumerable(obj, sym)) keys.push(sym);
    }
  }
  return keys;
}

function primitiveEqual(a, b, mode) {
  if (mode === kLoose) {
    // eslint-disable-next-line eqeqeq
    return a == b || (a !== a && b !== b);
  }
  return Object.is(a, b);
}

function innerDeepEqual(a, b, mode, memos) {
  if (a === b) {
    return a !== 0 || mode === kLoose || Object.is(a, b);
  }
  if (mode === kLoose) {
    if (!isObjectLike(a)) {
      if (isObjectLike(b)) return false;
      return primitiveEqual(a, b, mode);
    }
    if (!isObjectLike(b)) return false;
  } else {
    if (typeof a !== 'object') {
      return typeof a === 'number' && typeof b === 'number' && a !== a && b !== b;
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
  }
  return objectEqual(a, b, mode, memos);
}

function sameBoxedValue(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (types.isSymbolObject(a)) {
    return types.isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function bytesOf(view) {
  if (types.isAnyArrayBuffer(view)) return new Uint8Array(view);
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

// Expected's elements in order within actual's (partial mode).
function partialSequence(actual, expected, mode, memos, elementEqual) {
  let i = 0;
  for (let j = 0; j < expected.length; j++) {
    let found = false;
    while (i < actual.length) {
      if (elementEqual(actual[i++], expected[j])) { found = true; break; }
    }
    if (!found) return false;
  }
  return true;
}

// Different prototypes still match when they share a defined constructor
// (Object.create({ x: 1 }) against {}), as in Node 24.
function samePrototype(a, b) {
  const pa = getProto(a);
  const pb = getProto(b);
  if (pa === pb) return true;
  const ca = pa === null ? undefined : pa.constructor;
  const cb = pb === null ? undefined : pb.constructor;
  return ca !== undefined && ca === cb;
}

function objectEqual(a, b, mode, memos) {
  if (mode === kStrict && !memos.skipPrototype && !samePrototype(a, b)) return false;
  const tag = objToString.call(a);
  if (tag !== objToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (mode !== kPartial && a.length !== b.length) return false;
    if (mode === kPartial && a.length < b.length) return false;
    return withMemo(a, b, mode, memos, () => {
      if (!keysEqual(a, b, mode, memos, true)) return false;
      if (mode === kPartial) {
        return partialSequence(a, b, mode, memos,
          (x, y) => innerDeepEqual(x, y, mode, memos));
      }
      for (let i = 0; i < a.length; i++) {
        const hasA = hasOwn(a, i);
        const hasB = hasOwn(b, i);
        if (mode !== kPartial && hasA !== hasB) return false;
        if (!innerDeepEqual(a[i], b[i], mode, memos)) return false;
      }
      return true;
    });
  }
  if (Array.isArray(b)) return false;

  if (types.isDate(a)) {
    if (!types.isDate(b)) return false;
    const ta = Date.prototype.getTime.call(a);
    const tb = Date.prototype.getTime.call(b);
    if (ta !== tb && !(ta !== ta && tb !== tb)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b)) return false;
    if (types.isTypedArray(a) && mode === kPartial) {
      const elementEqual = (x, y) => Object.is(x, y);
      if (!partialSequence(a, b, mode, memos, elementEqual)) return false;
      return withMemo(a, b, mode, memos, () => keysEqual(a, b, mode, memos, true));
    }
    if (a.byteLength !== b.byteLength) return false;
    const name = types.typedArrayName(a);
    if (mode === kLoose && (name === 'Float32Array' || name === 'Float64Array' ||
        name === 'Float16Array')) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) {
        // eslint-disable-next-line eqeqeq
        if (a[i] != b[i]) return false;
      }
    } else if (!sameBytes(a, b)) {
      return false;
    }
    return withMemo(a, b, mode, memos, () => keysEqual(a, b, mode, memos, true));
  } else if (types.isSet(a)) {
    if (!types.isSet(b)) return false;
    if (mode === kPartial ? a.size < b.size : a.size !== b.size) return false;
    return withMemo(a, b, mode, memos, () =>
      keysEqual(a, b, mode, memos, false) && setEqual(a, b, mode, memos));
  } else if (types.isMap(a)) {
    if (!types.isMap(b)) return false;
    if (mode === kPartial ? a.size < b.size : a.size !== b.size) return false;
    return withMemo(a, b, mode, memos, () =>
      keysEqual(a, b, mode, memos, false) && mapEqual(a, b, mode, memos));
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBytes(a, b)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxedValue(a, b)) return false;
  } else if (types.isBoxedPrimitive(b)) {
    return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
    return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (isErrorLike(b) || types.isDate(b) || types.isRegExp(b) ||
             types.isArrayBufferView(b) || types.isSet(b) || types.isMap(b) ||
             types.isAnyArrayBuffer(b) || types.isWeakMap(b) || types.isWeakSet(b)) {
    return false;
  }

  return withMemo(a, b, mode, memos, () => {
    if (!keysEqual(a, b, mode, memos, false)) return false;
    if (isErrorLike(a)) return errorExtrasEqual(a, b, mode, memos);
    return true;
  });
}

// Cause and the AggregateError list are compared even when not enumerable.
function errorExtrasEqual(a, b, mode, memos) {
  for (const key of ['cause', 'errors']) {
    const inA = hasOwn(a, key);
    const inB = hasOwn(b, key);
    if (mode === kPartial) {
      if (!inB) continue;
      if (!inA) return false;
    } else if (inA !== inB) {
      return false;
    }
    if (inA && (!isEnumerable(a, key) || !isEnumerable(b, key)) &&
        !innerDeepEqual(a[key], b[key], mode, memos)) {
      return false;
    }
  }
  return true;
}

// Cycle detection: a pair whose sides are both being compared up the stack
// counts as equal when both were last entered at the same depth.
function withMemo(a, b, mode, memos, compare) {
  const seenA = memos.a.get(a);
  if (seenA !== undefined) {
    const seenB = memos.b.get(b);
    if (seenB !== undefined) return seenA === seenB;
  }
  const depth = ++memos.depth;
  memos.a.set(a, depth);
  memos.b.set(b, depth);
  const result = compare();
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function keysEqual(a, b, mode, memos, skipIndices) {
  const keysB = ownKeys(b, mode, skipIndices);
  if (mode === kPartial) {
    for (const k of keysB) {
      if (!hasOwn(a, k) || !isEnumerable(a, k)) return false;
      if (!innerDeepEqual(a[k], b[k], mode, memos)) return false;
    }
    return true;
  }
  const keysA = ownKeys(a, mode, skipIndices);
  if (keysA.length !== keysB.length) return false;
  for (const k of keysA) {
    if (!hasOwn(b, k) || !isEnumerable(b, k)) return false;
  }
  for (const k of keysA) {
    if (!innerDeepEqual(a[k], b[k], mode, memos)) return false;
  }
  return true;
}

function setEqual(a, b, mode, memos) {
  // Entries of `b` not matched by identity, matched structurally one to one.
  const pending = [];
  for (const v of b) {
    if (!a.has(v)) {
      if (mode !== kLoose && !isObjectLike(v)) return false;
      pending.push(v);
    }
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const v of a) {
    if (!b.has(v)) candidates.push(v);
  }
  for (const v of pending) {
    let found = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (innerDeepEqual(candidates[i], v, mode, memos)) { found = i; break; }
    }
    if (found === -1) return false;
    candidates.splice(found, 1);
  }
  return true;
}

function mapEqual(a, b, mode, memos) {
  const pending = [];
  for (const [k, v] of b) {
    if (a.has(k)) {
      if (!innerDeepEqual(a.get(k), v, mode, memos)) {
        if (mode !== kLoose || isObjectLike(k)) return false;
        pending.push([k, v]);
      }
    } else {
      if (mode !== kLoose && !isObjectLike(k)) return false;
      pending.push([k, v]);
    }
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const [k, v] of a) {
    if (!b.has(k) || (mode === kLoose && !isObjectLike(k) &&
        !innerDeepEqual(v, b.get(k), mode, memos))) {
      candidates.push([k, v]);
    }
  }
  for (const [k, v] of pending) {
    let found = -1;
    for (let i = 0; i < candidates.length; i++) {
      const [k2, v2] = candidates[i];
      if (innerDeepEqual(k2, k, mode, memos) && innerDeepEqual(v2, v, mode, memos)) {
        found = i;
        break;
      }
    }
    if (found === -1) return false;
    candidates.splice(found, 1);
  }
  return true;
}

function newMemos(skipPrototype) {
  return { a: new Map(), b: new Map(), depth: 0, skipPrototype: !!skipPrototype };
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose, newMemos(false));
}

function isDeepStrictEqual(a, b, skipPrototype = false) {
  return innerDeepEqual(a, b, kStrict, newMemos(skipPrototype));
}

// `expected` is a subset of `actual`.
function isPartialStrictEqual(actual, expected) {
  return innerDeepEqual(actual, expected, kPartial, newMemos(true));
}

module.exports = { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual };
