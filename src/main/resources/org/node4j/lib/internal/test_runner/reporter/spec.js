// node:test's default reporter ("spec"), as node 24 prints it: one line per
// finished test, a "▶ name" header before the first result inside a test or
// suite, the counts, and then the failing tests again with their errors.
'use strict';

const { inspect } = require('internal/util/inspect');
const path = require('path');

const symbols = {
  pass: '\u2714', // ✔
  fail: '\u2716', // ✖
  skip: '\uFE63', // ﹣
  todoFail: '\u26A0', // ⚠
  parent: '\u25B6', // ▶
  info: '\u2139', // ℹ
};

const ansi = { green: '\x1b[32m', red: '\x1b[31m', gray: '\x1b[90m', blue: '\x1b[34m', reset: '\x1b[39m' };

class SpecReporter {
  #write;
  #colors;
  // Tests whose "▶" header is printed.
  #announced = new Set();
  #failures = [];

  constructor(write, colors) {
    this.#write = write;
    this.#colors = colors;
  }

  #paint(color, text) {
    return this.#colors ? `${ansi[color]}${text}${ansi.reset}` : text;
  }

  // Headers for every enclosing test not announced yet, outermost first.
  #announceAncestors(test) {
    const chain = [];
    for (let p = test.parent; p !== null && p.nesting >= 0 && !this.#announced.has(p); p = p.parent) {
      chain.unshift(p);
    }
    for (const p of chain) {
      this.#announced.add(p);
      this.#write(`${indent(p.nesting)}${symbols.parent} ${p.name}\n`);
    }
  }

  result(test) {
    this.#announceAncestors(test);
    this.#write(this.#line(test));
    for (const message of test.diagnostics) this.diagnostic(test.nesting, message);
    const leafFailure = test.error !== null && test.error.failureType !== 'subtestsFailed';
    if (leafFailure) this.#failures.push(test);
  }

  #line(test) {
    // A test that never started (its suite's before hook failed) has no time.
    const duration = test.startTime === undefined ? '' : ` ${this.#paint('gray', `(${test.durationMs()}ms)`)}`;
    let symbol;
    let color;
    let suffix = '';
    if (test.skipped) {
      symbol = symbols.skip;
      color = 'gray';
      suffix = ` # ${typeof test.message === 'string' ? test.message : 'SKIP'}`;
    } else if (test.isTodo) {
      symbol = test.error === null ? symbols.pass : symbols.todoFail;
      color = test.error === null ? 'green' : 'gray';
      suffix = ` # ${typeof test.message === 'string' ? test.message : 'TODO'}`;
    } else if (test.error === null) {
      symbol = symbols.pass;
      color = 'green';
    } else {
      symbol = symbols.fail;
      color = 'red';
    }
    return `${indent(test.nesting)}${this.#paint(color, `${symbol} ${test.name}${duration}${suffix}`)}\n`;
  }

  diagnostic(nesting, message) {
    this.#write(`${indent(nesting)}${this.#paint('blue', `${symbols.info} ${message}`)}\n`);
  }

  summary(counts, durationMs) {
    for (const [name, value] of [
      ['tests', counts.tests], ['suites', counts.suites], ['pass', counts.pass], ['fail', counts.fail],
      ['cancelled', counts.cancelled], ['skipped', counts.skipped], ['todo', counts.todo],
      ['duration_ms', durationMs],
    ]) {
      this.diagnostic(0, `${name} ${value}`);
    }
    if (this.#failures.length === 0) return;
    this.#write(`\n${this.#paint('red', `${symbols.fail} failing tests:`)}\n\n`);
    const entries = this.#failures.map((test) => {
      const where = test.location === undefined ? '' :
        `test at ${relative(test.location.file)}:${test.location.line}:${test.location.column}\n`;
      const line = this.#line({ __proto__: test, nesting: 0 });
      return `${where}${line}${indentBlock(describeError(test.error), 2)}\n`;
    });
    this.#write(entries.join('\n'));
  }
}

function indent(nesting) {
  return '  '.repeat(Math.max(nesting, 0));
}

function indentBlock(text, width) {
  const pad = ' '.repeat(width);
  return text.split('\n').map((line) => pad + line).join('\n');
}

// What caused a failure, as node's reporter shows it: the error the test
// threw, or the runner's own message.
function describeError(error) {
  const cause = error?.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  return inspect(cause);
}

function relative(file) {
  if (file.startsWith('file://')) {
    try {
      file = require('url').fileURLToPath(file);
    } catch {
      return file;
    }
  }
  return path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
}

module.exports = { SpecReporter };
