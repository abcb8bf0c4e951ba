// emitKeypressEvents: turns a stream's 'data' into 'keypress' events, one per
// key, decoding the escape sequences terminals send for arrows, function keys
// and modifiers. The decoder is a generator fed one character at a time, so a
// sequence split across chunks is put back together; a lone ESC at the end of
// a chunk becomes the escape key once escapeCodeTimeout passes without more.
'use strict';

const { StringDecoder } = require('string_decoder');
const { kEscape, kSawKeyPress } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kDefaultEscapeCodeTimeout = 500;

// Names for the codes of escape sequences (what follows ESC, modifiers taken
// out). Values are [name, extra flag] where the flag is set on the key.
const keyNames = {
  __proto__: null,
  // function keys: ESC O letter, ESC [ n ~, cygwin's ESC [ [ letter
  'OP': ['f1'], 'OQ': ['f2'], 'OR': ['f3'], 'OS': ['f4'],
  '[P': ['f1'], '[Q': ['f2'], '[R': ['f3'], '[S': ['f4'],
  '[11~': ['f1'], '[12~': ['f2'], '[13~': ['f3'], '[14~': ['f4'],
  '[[A': ['f1'], '[[B': ['f2'], '[[C': ['f3'], '[[D': ['f4'], '[[E': ['f5'],
  '[15~': ['f5'], '[17~': ['f6'], '[18~': ['f7'], '[19~': ['f8'],
  '[20~': ['f9'], '[21~': ['f10'], '[23~': ['f11'], '[24~': ['f12'],
  // xterm-style ESC [ letter and ESC O letter
  '[A': ['up'], '[B': ['down'], '[C': ['right'], '[D': ['left'],
  '[E': ['clear'], '[F': ['end'], '[H': ['home'],
  'OA': ['up'], 'OB': ['down'], 'OC': ['right'], 'OD': ['left'],
  'OE': ['clear'], 'OF': ['end'], 'OH': ['home'],
  // ESC [ n ~
  '[1~': ['home'], '[2~': ['insert'], '[3~': ['delete'], '[4~': ['end'],
  '[5~': ['pageup'], '[6~': ['pagedown'],
  '[[5~': ['pageup'], '[[6~': ['pagedown'],
  '[7~': ['home'], '[8~': ['end'],
  // rxvt: lowercase letters are shifted, ESC O lowercase is ctrl,
  // $ adds shift and ^ adds ctrl
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'],
  '[d': ['left', 'shift'], '[e': ['clear', 'shift'],
  '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'], '[5$': ['pageup', 'shift'],
  '[6$': ['pagedown', 'shift'], '[7$': ['home', 'shift'], '[8$': ['end', 'shift'],
  'Oa': ['up', 'ctrl'], 'Ob': ['down', 'ctrl'], 'Oc': ['right', 'ctrl'],
  'Od': ['left', 'ctrl'], 'Oe': ['clear', 'ctrl'],
  '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'], '[5^': ['pageup', 'ctrl'],
  '[6^': ['pagedown', 'ctrl'], '[7^': ['home', 'ctrl'], '[8^': ['end', 'ctrl'],
  '[Z': ['tab', 'shift'],
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// Parses what follows 'ESC [' (the text after the bracket, the final byte
// included): returns [code suffix, modifier bits].
function splitCsiCommand(cmd) {
  // n~  n^  n$  (with ;m modifier) and three-digit n~ (bracketed paste)
  let m = /^(\d{1,2})(?:;(\d))?([~^$])$/.exec(cmd);
  if (m) return [m[1] + m[3], (m[2] ? +m[2] : 1) - 1];
  if (/^\d{3}~$/.test(cmd)) return [cmd, 0];
  // letter, optionally after m or 1;m
  m = /^(?:(?:\d;)?(\d))?([A-Za-z])$/.exec(cmd);
  if (m) return [m[2], (m[1] ? +m[1] : 1) - 1];
  return [cmd, 0];
}

function* keyDecoder(stream) {
  for (;;) {
    let ch = yield;
    let seq = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      seq += (ch = yield);
      // ESC ESC: meta plus whatever the second escape starts
      if (ch === kEscape) seq += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, or ESC O modifier letter
        seq += (ch = yield);
        if (isDigit(ch)) {
          modifier = (+ch) - 1;
          seq += (ch = yield);
        }
        code += ch;
      } else {
        seq += (ch = yield);
        if (ch === '[') {
          // ESC [ [ letter, ESC [ [ n ~
          code += ch;
          seq += (ch = yield);
        }
        const cmdStart = seq.length - 1;
        if (isDigit(ch)) {
          seq += (ch = yield);
          if (isDigit(ch)) {
            seq += (ch = yield);
            if (isDigit(ch)) seq += (ch = yield);
          }
        }
        if (ch === ';') {
          seq += (ch = yield);
          if (isDigit(ch)) seq += (ch = yield);
        }
        const [suffix, bits] = splitCsiCommand(seq.slice(cmdStart));
        code += suffix;
        modifier = bits;
      }
      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;
      const named = keyNames[code];
      if (named) {
        key.name = named[0];
        if (named[1]) key[named[1]] = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a' && ch.length === 1) {
      // ctrl+letter
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // ESC followed by something unknown; ESC alone (timed out) is escape
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = seq;
    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : seq, key);
    } else if (seq.length === (seq.codePointAt(0) > 0xffff ? 2 : 1)) {
      // one character without a name: '.', 'é', an emoji
      stream.emit('keypress', seq, key);
    }
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  const restartDecoder = () => {
    stream[kEscapeDecoder] = keyDecoder(stream);
    stream[kEscapeDecoder].next();
  };
  restartDecoder();

  let escapeTimer;
  const flushEscape = () => stream[kEscapeDecoder].next('');

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // nobody listens any more: wait for the next keypress listener
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[kKeypressDecoder].write(input);
    if (!text) return;
    clearTimeout(escapeTimer);
    // a chunk of exactly one character was typed, not pasted
    iface[kSawKeyPress] = text.codePointAt(0) > 0xffff ? text.length === 2 : text.length === 1;
    iface.isCompletionEnabled = false;
    let consumed = 0;
    for (const ch of text) {
      consumed += ch.length;
      // tab completes only when the tab ends the chunk (not inside a paste)
      if (consumed === text.length) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(ch);
        if (consumed === text.length && ch === kEscape) {
          escapeTimer = setTimeout(flushEscape, iface.escapeCodeTimeout ?? kDefaultEscapeCodeTimeout);
        }
      } catch (err) {
        // a throwing keypress listener must not leave the decoder dead
        restartDecoder();
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, kDefaultEscapeCodeTimeout };
