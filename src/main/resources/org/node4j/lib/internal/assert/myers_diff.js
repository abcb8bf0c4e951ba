// Line diff for AssertionError messages: the greedy shortest-edit-script
// algorithm (E. Myers, "An O(ND) Difference Algorithm and Its Variations",
// 1986), then a printer that keeps a few context lines around each change.
'use strict';

const kContextLines = 5;

function linesMatch(a, b, commaInsensitive) {
  if (a === b) return true;
  if (!commaInsensitive) return false;
  return `${a},` === b || a === `${b},`;
}

// Returns the edit script from actual to expected, in forward order, as
// [kind, line] pairs with kind 'insert' (actual only), 'delete' (expected
// only) or 'nop'.
function myersDiff(actual, expected, commaInsensitive = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const history = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    history.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) {
        x = v[offset + k + 1];
      } else {
        x = v[offset + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], commaInsensitive)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }

  // Walk back through the saved frontier of each step.
  const script = [];
  let x = n;
  let y = m;
  for (let d = history.length - 1; d >= 0; d--) {
    const frontier = history[d];
    const k = x - y;
    let prevK;
    if (k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1])) {
      prevK = k + 1;
    } else {
      prevK = k - 1;
    }
    const prevX = d === 0 ? 0 : frontier[offset + prevK];
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      const a = actual[x - 1];
      const line = commaInsensitive && !a.endsWith(',') ? expected[y - 1] : a;
      script.push(['nop', line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        script.push(['insert', actual[x - 1]]);
        x--;
      } else {
        script.push(['delete', expected[y - 1]]);
        y--;
      }
    }
  }
  return script.reverse();
}

function printMyersDiff(script) {
  let out = '';
  let skipped = false;
  let unchanged = 0;
  for (let i = 0; i < script.length; i++) {
    const [kind, line] = script[i];
    if (kind !== 'nop' && unchanged > 0) {
      // Lines of an unchanged run beyond the first kContextLines: show the
      // last one before the change, or two when only two were held back.
      const hidden = unchanged - kContextLines;
      if (hidden === 1) {
        out += `  ${script[i - 1][1]}\n`;
      } else if (hidden === 2) {
        out += `  ${script[i - 2][1]}\n  ${script[i - 1][1]}\n`;
      } else if (hidden > 2) {
        out += `...\n  ${script[i - 1][1]}\n`;
        skipped = true;
      }
      unchanged = 0;
    }
    if (kind === 'insert') {
      out += `+ ${line}\n`;
    } else if (kind === 'delete') {
      out += `- ${line}\n`;
    } else {
      if (unchanged < kContextLines) out += `  ${line}\n`;
      unchanged++;
    }
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff };
