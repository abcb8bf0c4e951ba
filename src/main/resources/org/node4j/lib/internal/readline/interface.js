// The readline Interface shared by node:readline and node:readline/promises.
// Without a terminal it splits input into lines (\n, \r\n, lone \r; a \r\n
// split across chunks counts once within crlfDelay). With a terminal it owns
// an editable line: keypresses edit this.line/this.cursor and the display is
// kept in step with ANSI sequences, the way node writes them.
'use strict';

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { getStringWidth, inspect, stripVTControlCharacters } = require('internal/util/inspect');
const { emitKeypressEvents, kDefaultEscapeCodeTimeout } = require('internal/readline/emit_keypress');
const { cursorTo, moveCursor, clearScreenDown } = require('internal/readline/callbacks');
const { charLengthAt, charLengthLeft, commonPrefix, kSawKeyPress } = require('internal/readline/utils');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kMaxUndoRedoStackSize = 2048;
const kLineEnding = /\r?\n|\r(?!\n)/g;
const kEmptyKey = Object.freeze({ __proto__: null });

// Internal state and steps; readline.Interface also reaches them under the
// old underscore names (_ttyWrite, _refreshLine, ...).
const kDecoder = Symbol('_decoder');
const kLineBuffer = Symbol('_line_buffer');
const kOldPrompt = Symbol('_oldPrompt');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kQuestionCallback = Symbol('_questionCallback');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSubstringSearch = Symbol('_substringSearch');
const kUndoStack = Symbol('_undoStack');
const kRedoStack = Symbol('_redoStack');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kYanking = Symbol('_yanking');
const kMaxKillRingLength = 32;
const kLineObjectStream = Symbol('line object stream');

const kSetRawMode = Symbol('_setRawMode');
const kQuestion = Symbol('kQuestion');
const kQuestionCancel = Symbol('kQuestionCancel');
const kOnLine = Symbol('_onLine');
const kBeforeEdit = Symbol('_beforeEdit');
const kWriteToOutput = Symbol('_writeToOutput');
const kAddHistory = Symbol('_addHistory');
const kRefreshLine = Symbol('_refreshLine');
const kNormalWrite = Symbol('_normalWrite');
const kInsertString = Symbol('_insertString');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kLine = Symbol('_line');
const kUndo = Symbol('_undo');
const kRedo = Symbol('_redo');
const kYank = Symbol('_yank');
const kYankPop = Symbol('_yankPop');
const kPushToKillRing = Symbol('_pushToKillRing');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kMoveCursor = Symbol('_moveCursor');
const kTtyWrite = Symbol('_ttyWrite');

// A one-argument completer returns its result; the interface always calls
// the (line, callback) form.
function callbackCompleter(completer) {
  if (completer.length === 2) return completer;
  return function completerWrapper(line, callback) {
    callback(null, completer(line));
  };
}

// The constructor, as a plain function so readline.Interface can be called
// without `new` and classes can still extend it.
function InterfaceConstructor(input, output, completer, terminal) {
  if (!(this instanceof InterfaceConstructor)) {
    return new InterfaceConstructor(input, output, completer, terminal);
  }
  EventEmitter.call(this);
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = kDefaultEscapeCodeTimeout;
  this.tabSize = 8;

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    // options object
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    if (input.tabSize !== undefined) {
      validateUint32(input.tabSize, 'tabSize', true);
      this.tabSize = input.tabSize;
    }
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    if (input.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(input.escapeCodeTimeout)) {
        this.escapeCodeTimeout = input.escapeCodeTimeout;
      } else {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = input.crlfDelay;
    input = input.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) {
    history = [];
  } else {
    validateArray(history, 'history');
  }
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'size', 0);
  // a terminal is assumed when the output is one
  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this[kYanking] = false;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer === undefined ? undefined : callbackCompleter(completer);
  this.terminal = !!terminal;
  this[kPrompt] = prompt;
  this[kOldPrompt] = prompt;
  this[kQuestionCallback] = null;
  this[kLineBuffer] = null;
  this[kSawReturnAt] = 0;

  const onError = (err) => this.emit('error', err);
  const onData = (data) => this[kNormalWrite](data);
  const onEnd = () => {
    if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) {
      this.emit('line', this[kLineBuffer]);
    }
    this.close();
  };
  const onTermEnd = () => {
    if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
    this.close();
  };
  const onKeypress = (s, key) => {
    this[kTtyWrite](s, key);
    // half a surrogate pair shows right only once the line is redrawn
    const first = key?.sequence?.codePointAt(0);
    if (first >= 0xd800 && first <= 0xdfff) this[kRefreshLine]();
  };
  const onResize = () => this[kRefreshLine]();
  let onAbort;

  this.once('close', () => {
    input.removeListener('error', onError);
    if (this.terminal) {
      input.removeListener('keypress', onKeypress);
      input.removeListener('end', onTermEnd);
      if (output !== null && output !== undefined) output.removeListener('resize', onResize);
    } else {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
    }
    if (onAbort) signal.removeEventListener('abort', onAbort);
  });

  if (signal) {
    onAbort = () => this.close();
    if (signal.aborted) process.nextTick(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }

  input.on('error', onError);
  if (this.terminal) {
    emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onTermEnd);
    this[kSetRawMode](true);
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onResize);
  } else {
    this[kDecoder] = new StringDecoder('utf8');
    this.historyIndex = -1;
    input.on('data', onData);
    input.on('end', onEnd);
  }
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldLine, oldCursor) {
    this[kUndoStack].push({ text: oldLine, cursor: oldCursor });
    if (this[kUndoStack].length > kMaxUndoRedoStackSize) this[kUndoStack].shift();
    this[kRedoStack] = [];
  }

  [kWriteToOutput](text) {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    // blank lines stay out of the history
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Redraws prompt and line: back to the first row of the old display, clear
  // below, write everything, then put the cursor where this.cursor says.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const end = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    // an exactly full last row: make the terminal wrap to the next one
    if (end.cols === 0) this[kWriteToOutput](' ');
    cursorTo(this.output, cursorPos.cols);
    const rowsBelow = end.rows - cursorPos.rows;
    if (rowsBelow > 0) moveCursor(this.output, 0, -rowsBelow);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  [Symbol.dispose]() {
    this.close();
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal) {
      this[kTtyWrite](data, key);
    } else {
      this[kNormalWrite](data);
    }
  }

  [kNormalWrite](chunk) {
    if (chunk === undefined) return;
    let text = this[kDecoder].write(chunk);
    // the \n of a \r\n whose \r ended the previous chunk
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (text.charCodeAt(0) === 10) text = text.slice(1);
      this[kSawReturnAt] = 0;
    }
    if (this[kLineBuffer] !== null) {
      text = this[kLineBuffer] + text;
      this[kLineBuffer] = null;
    }
    kLineEnding.lastIndex = 0;
    if (!kLineEnding.test(text)) {
      if (text) this[kLineBuffer] = text;
      return;
    }
    this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
    kLineEnding.lastIndex = 0;
    const lines = [];
    let start = 0;
    let m;
    while ((m = kLineEnding.exec(text)) !== null) {
      lines.push(text.slice(start, m.index));
      start = kLineEnding.lastIndex;
    }
    const rest = text.slice(start);
    if (rest) this[kLineBuffer] = rest;
    for (const line of lines) this[kOnLine](line);
  }

  [kInsertString](text) {
    this[kBeforeEdit](this.line, this.cursor);
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
      this[kRefreshLine]();
    } else {
      const before = this.getCursorPos();
      this.line += text;
      this.cursor += text.length;
      const after = this.getCursorPos();
      if (before.rows < after.rows) this[kRefreshLine]();
      else this[kWriteToOutput](text);
    }
  }

  [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const before = this.line.slice(0, this.cursor);
    this.completer(before, (err, value) => {
      this.resume();
      if (err) {
        this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
        return;
      }
      this[kTabCompleter](lastKeypressWasTab, value);
    });
  }

  [kTabCompleter](lastKeypressWasTab, result) {
    if (!Array.isArray(result)) return;
    const [completions, completeOn] = result;
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((c) => c !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      // the completions replace what was typed
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }
    // nothing to add: a second tab lists the candidates in columns
    if (!lastKeypressWasTab) return;
    this[kBeforeEdit](this.line, this.cursor);
    const widths = completions.map((c) => getStringWidth(c));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let out = '\r\n';
    let column = 0;
    let pad = 0;
    for (let i = 0; i < completions.length; i++) {
      const c = completions[i];
      if (c === '' || column === maxColumns) {
        out += '\r\n';
        column = 0;
        pad = 0;
      } else {
        out += ' '.repeat(pad);
      }
      if (c !== '') {
        out += c;
        pad = width - widths[i];
        column++;
      } else {
        // an empty completion separates groups
        out += '\r\n';
      }
    }
    if (column !== 0) out += '\r\n\r\n';
    this[kWriteToOutput](out);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      const reversed = [...this.line.slice(0, this.cursor)].reverse().join('');
      const m = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this[kMoveCursor](-m[0].length);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const m = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this[kMoveCursor](m[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const reversed = [...leading].reverse().join('');
      const m = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      leading = leading.slice(0, leading.length - m[0].length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const m = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(m[0].length);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    this[kPushToKillRing](this.line.slice(0, this.cursor));
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    this[kPushToKillRing](this.line.slice(this.cursor));
    this.line = this.line.slice(0, this.cursor);
    this[kRefreshLine]();
  }

  // Text removed by the line-kill keys, newest first.
  [kPushToKillRing](text) {
    if (!text || text === this[kKillRing][0]) return;
    this[kKillRing].unshift(text);
    this[kKillRingCursor] = 0;
    if (this[kKillRing].length > kMaxKillRingLength) this[kKillRing].pop();
  }

  // ctrl-y: insert the kill ring's current entry
  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  // meta-y right after a yank: swap the yanked text for the next older entry
  [kYankPop]() {
    if (!this[kYanking] || this[kKillRing].length < 2) return;
    const previous = this[kKillRing][this[kKillRingCursor]];
    this[kKillRingCursor] = (this[kKillRingCursor] + 1) % this[kKillRing].length;
    const current = this[kKillRing][this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - previous.length);
    this.line = head + current + this.line.slice(this.cursor);
    this.cursor = head.length + current.length;
    this[kRefreshLine]();
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kUndo]() {
    if (this[kUndoStack].length === 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const { text, cursor } = this[kUndoStack].pop();
    this.line = text;
    this.cursor = cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length === 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const { text, cursor } = this[kRedoStack].pop();
    this.line = text;
    this.cursor = cursor;
    this[kRefreshLine]();
  }

  // Down: the next newer history entry (starting with what was typed before
  // the cursor when the search began), then back to that typed text.
  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             ((search && !this.history[index].startsWith(search)) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Up: the next older matching history entry.
  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             ((search && !this.history[index].startsWith(search)) || this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Rows and columns the text takes on screen (tabs to tabSize stops, wide
  // characters two columns and never split across a row end).
  [kGetDisplayPos](text) {
    const columns = this.columns;
    let offset = 0;
    let rows = 0;
    for (const ch of stripVTControlCharacters(text)) {
      if (ch === '\n') {
        rows += Math.ceil(offset / columns) || 1;
        offset = 0;
        continue;
      }
      if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(ch, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % columns === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % columns;
    rows += (offset - cols) / columns;
    return { cols, rows };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
    const after = this.getCursorPos();
    if (before.rows === after.rows) {
      moveCursor(this.output, after.cols - before.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // One keypress (or a written string) in terminal mode.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyKey;
    this[kPreviousKey] = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // up/down search the history for entries starting with the typed prefix
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // ctrl-_ undoes, ctrl-^ redoes
    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) {
        this[kUndo]();
        return;
      }
      if (code === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace': this[kDeleteLineLeft](); break;
        case 'delete': this[kDeleteLineRight](); break;
      }
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          break;
        case 'h': this[kDeleteLeft](); break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this[kDeleteRight]();
          break;
        case 'u': this[kDeleteLineLeft](); break;
        case 'k': this[kDeleteLineRight](); break;
        case 'a': this[kMoveCursor](-Infinity); break;
        case 'e': this[kMoveCursor](+Infinity); break;
        case 'b': this[kMoveCursor](-charLengthLeft(this.line, this.cursor)); break;
        case 'f': this[kMoveCursor](+charLengthAt(this.line, this.cursor)); break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this[kRefreshLine]();
          break;
        case 'n': this[kHistoryNext](); break;
        case 'p': this[kHistoryPrev](); break;
        case 'y': this[kYank](); break;
        case 'z':
          if (this.listenerCount('SIGTSTP') > 0) {
            this.emit('SIGTSTP');
          } else {
            process.once('SIGCONT', () => {
              // the shell brought us back: pause as node does, redraw
              if (!this.paused) {
                this.pause();
                this.emit('SIGCONT');
              }
              this[kSetRawMode](true);
              this[kRefreshLine]();
            });
            this[kSetRawMode](false);
            process.kill(process.pid, 'SIGTSTP');
          }
          break;
        case 'w':
        case 'backspace':
          this[kDeleteWordLeft]();
          break;
        case 'delete': this[kDeleteWordRight](); break;
        case 'left': this[kWordLeft](); break;
        case 'right': this[kWordRight](); break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this[kWordLeft](); break;
        case 'f': this[kWordRight](); break;
        case 'd':
        case 'delete':
          this[kDeleteWordRight]();
          break;
        case 'backspace': this[kDeleteWordLeft](); break;
        case 'y': this[kYankPop](); break;
      }
    } else {
      // a \r only matters when a \n follows right away
      if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
      switch (key.name) {
        case 'return':
          this[kSawReturnAt] = Date.now();
          this[kLine]();
          break;
        case 'enter':
          // the \n of a \r\n was already handled by the \r
          if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this[kLine]();
          this[kSawReturnAt] = 0;
          break;
        case 'backspace': this[kDeleteLeft](); break;
        case 'delete': this[kDeleteRight](); break;
        case 'left': this[kMoveCursor](-charLengthLeft(this.line, this.cursor)); break;
        case 'right': this[kMoveCursor](+charLengthAt(this.line, this.cursor)); break;
        case 'home': this[kMoveCursor](-Infinity); break;
        case 'end': this[kMoveCursor](+Infinity); break;
        case 'up': this[kHistoryPrev](); break;
        case 'down': this[kHistoryNext](); break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            this[kTabComplete](previousKey?.name === 'tab');
            break;
          }
          // no completer: a tab is text
          // falls through
        default:
          if (typeof s === 'string' && s) {
            const lines = s.split(/\r\n|\n|\r/);
            for (let i = 0; i < lines.length; i++) {
              if (i > 0) this[kLine]();
              this[kInsertString](lines[i]);
            }
          }
      }
    }
  }

  // Lines as an async iterator. Lines emitted after it was made and before
  // they are asked for are queued; a full queue pauses the input. Leaving a
  // loop early ends the iteration but, as in node 24, leaves the interface
  // open.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      const events = EventEmitter.on(this, 'line', { close: ['close'], highWaterMark: 1024 });
      const lines = Object.setPrototypeOf({
        next() {
          return events.next().then((r) => (r.done ? r : { value: r.value[0], done: false }));
        },
        return() {
          return events.return();
        },
        throw(err) {
          return events.throw(err);
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      }, Object.getPrototypeOf(events));
      Object.defineProperty(lines, Symbol.for('nodejs.watermarkData'), {
        __proto__: null,
        value: events[Symbol.for('nodejs.watermarkData')],
      });
      this[kLineObjectStream] = lines;
    }
    return this[kLineObjectStream];
  }
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kQuestion,
  kQuestionCancel,
  // for readline.Interface's underscore aliases
  kSymbols: {
    _decoder: kDecoder, _line_buffer: kLineBuffer, _oldPrompt: kOldPrompt, _previousKey: kPreviousKey,
    _prompt: kPrompt, _questionCallback: kQuestionCallback, _sawKeyPress: kSawKeyPress,
    _sawReturnAt: kSawReturnAt,
  },
  kMethods: {
    _setRawMode: kSetRawMode, _onLine: kOnLine, _writeToOutput: kWriteToOutput, _addHistory: kAddHistory,
    _refreshLine: kRefreshLine, _normalWrite: kNormalWrite, _insertString: kInsertString,
    _tabComplete: kTabComplete, _wordLeft: kWordLeft, _wordRight: kWordRight, _deleteLeft: kDeleteLeft,
    _deleteRight: kDeleteRight, _deleteWordLeft: kDeleteWordLeft, _deleteWordRight: kDeleteWordRight,
    _deleteLineLeft: kDeleteLineLeft, _deleteLineRight: kDeleteLineRight, _line: kLine,
    _historyNext: kHistoryNext, _historyPrev: kHistoryPrev, _getDisplayPos: kGetDisplayPos,
    _moveCursor: kMoveCursor, _ttyWrite: kTtyWrite,
  },
};
