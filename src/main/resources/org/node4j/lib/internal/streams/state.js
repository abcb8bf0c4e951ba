// highWaterMark: how much a stream buffers before it asks its producer to wait.
'use strict';

const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
const { validateInteger } = require('internal/validators');

// Node 22 raised the byte default from 16 KiB to 64 KiB; objects stay at 16.
let defaultBytes = 64 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// options.highWaterMark wins over the side-specific key (readableHighWaterMark
// for a Duplex's readable side). Anything but a non-negative integer is
// ERR_INVALID_ARG_VALUE, named by the side-specific key on a Duplex.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = options.highWaterMark ?? (isDuplex ? options[duplexKey] : null);
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', hwm);
    }
    return hwm;
  }
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
