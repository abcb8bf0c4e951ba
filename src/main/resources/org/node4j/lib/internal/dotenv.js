// The .env format as Node 24 reads it (util.parseEnv, --env-file,
// process.loadEnvFile): KEY=value lines, '#' comments, an optional `export `
// prefix, values in '...', "..." or `...` (which may span lines; only "..."
// turns \n into a newline), unquoted values cut at '#' and trimmed. Node's
// parser is lenient rather than strict, and this one follows its quirks: a
// line without '=' ends parsing, an unclosed quote keeps the rest of its line.
'use strict';

// Node trims these characters only (not \v, \f or other Unicode spaces).
const kSpaces = ' \t\n';

function trim(text) {
  let start = 0;
  let end = text.length;
  while (start < end && kSpaces.includes(text[start])) start++;
  while (end > start && kSpaces.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

// Node keeps the pairs in a sorted map: keys come out in code point order
// (UTF-8 byte order), not in file order.
function byCodePoint(a, b) {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

// Returns an object mapping each key to its value (later lines win).
function parse(input) {
  const env = { __proto__: null };
  let content = trim(input.replaceAll('\r', ''));
  while (content.length > 0) {
    // Blank lines and comment lines.
    if (content[0] === '\n' || content[0] === '#') {
      const newline = content.indexOf('\n');
      if (newline === -1) break;
      // Not trimmed: a line after a comment or blank line keeps its indent,
      // so an indented '#' there starts a key, not a comment (as in Node).
      content = content.slice(newline + 1);
      continue;
    }
    const equal = content.indexOf('=');
    if (equal === -1) break;
    // A line without '=' before the next one is skipped.
    const lineEnd = content.indexOf('\n');
    if (lineEnd !== -1 && lineEnd < equal) {
      content = trim(content.slice(lineEnd + 1));
      continue;
    }
    let key = trim(content.slice(0, equal));
    content = content.slice(equal + 1);
    // KEY= at the end of a line: an empty value.
    if (content.length === 0 || content[0] === '\n') {
      env[key] = '';
      continue;
    }
    content = trim(content);
    // '=' with no key: parsing goes on right after the '='.
    if (key.length === 0) continue;
    // Shell-style `export KEY=value` (not stripped from a KEY= line, as in Node).
    if (key.startsWith('export ')) key = trim(key.slice(7));
    if (content.length === 0) {
      env[key] = '';
      break;
    }
    const quote = content[0];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const closing = content.indexOf(quote, 1);
      if (closing !== -1) {
        let value = content.slice(1, closing);
        if (quote === '"') value = value.replaceAll('\\n', '\n');
        env[key] = value;
        // Whatever follows the closing quote on its line is ignored.
        const newline = content.indexOf('\n', closing + 1);
        content = newline === -1 ? '' : content.slice(newline + 1);
        continue;
      }
      // No closing quote: the rest of the line, opening quote included.
      const newline = content.indexOf('\n');
      if (newline === -1) {
        env[key] = content;
        break;
      }
      env[key] = content.slice(0, newline);
      content = trim(content.slice(newline));
      continue;
    }
    // Unquoted: up to the end of the line or a '#'.
    const newline = content.indexOf('\n');
    let value = newline === -1 ? content : content.slice(0, newline);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    env[key] = trim(value);
    content = newline === -1 ? '' : trim(content.slice(newline));
  }
  // Plain assignment, as Node does: a "__proto__" key is dropped.
  const result = {};
  for (const key of Object.keys(env).sort(byCodePoint)) result[key] = env[key];
  return result;
}

module.exports = { parse };
