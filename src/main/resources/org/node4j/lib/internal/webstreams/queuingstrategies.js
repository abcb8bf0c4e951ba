// ByteLengthQueuingStrategy and CountQueuingStrategy: a highWaterMark and the
// size function the stream measures chunks with (one shared function each).
'use strict';

const { codes: { ERR_MISSING_OPTION } } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { defineInterface, kInspect } = require('internal/webstreams/util');

let inspect;
function describe(name, highWaterMark, depth, options) {
  if (depth < 0) return undefined;
  inspect ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect({ highWaterMark }, opts)}`;
}

function readInit(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

const byteLengthSize = {
  size(chunk) { return chunk.byteLength; },
}.size;

const countSize = {
  size() { return 1; },
}.size;

// The two strategy classes differ only in name and size function; each is its
// own class (own brand, own prototype) as the standard wants.
function strategyClass(name, size) {
  return {
    [name]: class {
      #highWaterMark;

      constructor(init) {
        this.#highWaterMark = readInit(init);
      }

      get highWaterMark() { return this.#highWaterMark; }

      get size() {
        // Reading the private field is the brand check: a foreign receiver throws.
        // eslint-disable-next-line no-unused-expressions
        this.#highWaterMark;
        return size;
      }

      [kInspect](depth, options) {
        return describe(name, this.#highWaterMark, depth, options);
      }
    },
  }[name];
}

const ByteLengthQueuingStrategy = strategyClass('ByteLengthQueuingStrategy', byteLengthSize);
const CountQueuingStrategy = strategyClass('CountQueuingStrategy', countSize);

defineInterface(ByteLengthQueuingStrategy);
defineInterface(CountQueuingStrategy);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
