// The callback-style cursor helpers of node:readline: each writes one ANSI
// control sequence to a stream and returns what stream.write returned. With no
// stream (or nothing to do) the callback still runs, on the next tick.
'use strict';

const { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } = require('internal/errors').codes;
const { validateFunction } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

const { kClearToLineBeginning, kClearToLineEnd, kClearLine, kClearScreenDown } = CSI;

function nothingToWrite(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// Absolute position: column x (0-based), and row y when given.
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return nothingToWrite(callback);
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const seq = typeof y === 'number' ? CSI`${y + 1};${x + 1}H` : CSI`${x + 1}G`;
  return stream.write(seq, callback);
}

function relativeMove(dx, dy) {
  let seq = '';
  if (dx < 0) seq += CSI`${-dx}D`;
  else if (dx > 0) seq += CSI`${dx}C`;
  if (dy < 0) seq += CSI`${-dy}A`;
  else if (dy > 0) seq += CSI`${dy}B`;
  return seq;
}

// Relative move: dx columns right (left when negative), dy rows down (up).
function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothingToWrite(callback);
  return stream.write(relativeMove(dx, dy), callback);
}

// dir < 0: to the left of the cursor; dir > 0: to the right; 0: whole line.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToWrite(callback);
  const seq = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(seq, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToWrite(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = { cursorTo, moveCursor, clearLine, clearScreenDown, relativeMove };
