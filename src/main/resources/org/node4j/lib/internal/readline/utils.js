// Small helpers shared by the readline modules: the CSI tag for building
// terminal control sequences, and UTF-16 aware character stepping.
'use strict';

// CSI`${n}G` -> '\x1b[<n>G'. The tag joins the template like a plain template
// literal and puts the Control Sequence Introducer in front.
function CSI(strings, ...values) {
  let out = '\x1b[';
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < values.length) out += values[i];
  }
  return out;
}
CSI.kEscape = '\x1b';
CSI.kClearToLineBeginning = '\x1b[1K';
CSI.kClearToLineEnd = '\x1b[0K';
CSI.kClearLine = '\x1b[2K';
CSI.kClearScreenDown = '\x1b[0J';

const kEscape = '\x1b';
// Set by emitKeypressEvents on the interface: the last chunk was one key.
const kSawKeyPress = Symbol('_sawKeyPress');

// How many UTF-16 units the character starting at index i takes (1 or 2).
function charLengthAt(str, i) {
  if (str.length <= i) return 1; // past the end: step one, like a plain char
  const code = str.codePointAt(i);
  return code > 0xffff ? 2 : 1;
}

// How many UTF-16 units the character ending just before index i takes.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1) {
    const code = str.codePointAt(i - 2);
    if (code > 0xffff) return 2;
  }
  return 1;
}

// The longest prefix every string in the array starts with.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  let min = strings[0];
  let max = strings[0];
  for (const s of strings) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  let n = 0;
  while (n < min.length && min[n] === max[n]) n++;
  return min.slice(0, n);
}

module.exports = { CSI, kEscape, kSawKeyPress, charLengthAt, charLengthLeft, commonPrefix };
