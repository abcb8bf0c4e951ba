// util.types: type predicates written with brand checks (prototype methods
// and getters that throw on foreign receivers) so that subclasses and objects
// from other realms are recognised; Object.prototype.toString as fallback.
'use strict';

const objToString = Object.prototype.toString;
const getProto = Object.getPrototypeOf;

function brand(fn) {
  return function (value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    try { fn(value); return true; } catch { return false; }
  };
}
function getter(proto, name) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  return d && d.get;
}

const TypedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayProto, Symbol.toStringTag);
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dvByteLength = getter(DataView.prototype, 'byteLength');
const regexpGlobal = getter(RegExp.prototype, 'global');

function typedArrayName(value) {
  try { return typedArrayTag.call(value); } catch { return undefined; }
}

const isMap = brand((v) => mapSize.call(v));
const isSet = brand((v) => setSize.call(v));
const isWeakMap = brand((v) => WeakMap.prototype.has.call(v, {}));
const isWeakSet = brand((v) => WeakSet.prototype.has.call(v, {}));
const isDate = brand((v) => Date.prototype.getTime.call(v));
const isArrayBuffer = brand((v) => abByteLength.call(v));
const isSharedArrayBuffer = sabByteLength ? brand((v) => sabByteLength.call(v)) : () => false;
const isDataView = brand((v) => dvByteLength.call(v));
const isNumberObject = (v) => typeof v === 'object' && brand((x) => Number.prototype.valueOf.call(x))(v);
const isStringObject = (v) => typeof v === 'object' && brand((x) => String.prototype.valueOf.call(x))(v);
const isBooleanObject = (v) => typeof v === 'object' && brand((x) => Boolean.prototype.valueOf.call(x))(v);
const isSymbolObject = (v) => typeof v === 'object' && brand((x) => Symbol.prototype.valueOf.call(x))(v);
const isBigIntObject = (v) => typeof v === 'object' && brand((x) => BigInt.prototype.valueOf.call(x))(v);

function isRegExp(value) {
  if (value === null || typeof value !== 'object') return false;
  try { return typeof regexpGlobal.call(value) === 'boolean'; } catch { return false; }
}
function isTypedArray(value) { return typedArrayName(value) !== undefined; }
function isAnyArrayBuffer(value) { return isArrayBuffer(value) || isSharedArrayBuffer(value); }
function isArrayBufferView(value) { return ArrayBuffer.isView(value); }
// The engine's own answer (internalBinding('util')) when it can give one:
// it runs no proxy trap or getter. Otherwise a JS approximation.
let engine;
function engineBinding() {
  if (engine === undefined) {
    const binding = require('internal/bootstrap/realm').internalBinding('util');
    engine = binding.available() ? binding : null;
  }
  return engine;
}
function isPromise(value) {
  if (value === null || typeof value !== 'object') return false;
  const util = engineBinding();
  if (util !== null) return util.isPromise(value);
  return value instanceof Promise || objToString.call(value) === '[object Promise]';
}
function isNativeError(value) {
  if (value === null || typeof value !== 'object') return false;
  const util = engineBinding();
  if (util !== null) return util.isNativeError(value);
  return value instanceof Error || objToString.call(value) === '[object Error]';
}
function isProxy(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  return engineBinding()?.isProxy(value) ?? false;
}
function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isSymbolObject(value) || isBigIntObject(value);
}
const GeneratorFunctionProto = getProto(function* () {});
const AsyncFunctionProto = getProto(async function () {});
const AsyncGeneratorFunctionProto = getProto(async function* () {});
function protoChainHas(value, proto) {
  let p = value;
  while ((p = getProto(p)) !== null) if (p === proto) return true;
  return false;
}
function isGeneratorFunction(value) {
  return typeof value === 'function' &&
    (protoChainHas(value, GeneratorFunctionProto) || protoChainHas(value, AsyncGeneratorFunctionProto));
}
function isAsyncFunction(value) {
  return typeof value === 'function' &&
    (protoChainHas(value, AsyncFunctionProto) || protoChainHas(value, AsyncGeneratorFunctionProto));
}
function tagIs(tag) {
  return (value) => value !== null && typeof value === 'object' && objToString.call(value) === `[object ${tag}]`;
}
function typed(name) { return (value) => typedArrayName(value) === name; }

module.exports = {
  isAnyArrayBuffer,
  isArgumentsObject: tagIs('Arguments'),
  isArrayBuffer,
  isArrayBufferView,
  isAsyncFunction,
  isBigInt64Array: typed('BigInt64Array'),
  isBigIntObject,
  isBigUint64Array: typed('BigUint64Array'),
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal: () => false,
  isFloat16Array: typed('Float16Array'),
  isFloat32Array: typed('Float32Array'),
  isFloat64Array: typed('Float64Array'),
  isGeneratorFunction,
  isGeneratorObject: tagIs('Generator'),
  isInt8Array: typed('Int8Array'),
  isInt16Array: typed('Int16Array'),
  isInt32Array: typed('Int32Array'),
  isMap,
  isMapIterator: tagIs('Map Iterator'),
  isModuleNamespaceObject: tagIs('Module'),
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator: tagIs('Set Iterator'),
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isTypedArray,
  isUint8Array: typed('Uint8Array'),
  isUint8ClampedArray: typed('Uint8ClampedArray'),
  isUint16Array: typed('Uint16Array'),
  isUint32Array: typed('Uint32Array'),
  isWeakMap,
  isWeakSet,
  isKeyObject: () => false,
  isCryptoKey: () => false,
};
Object.defineProperty(module.exports, 'typedArrayName', { value: typedArrayName, enumerable: false });
