'use strict';
// JSON.parse's SyntaxError messages, worded as V8 (node 24) words them: one
// line per input with the error's name and message, or the parsed value.

// Messages may quote half of a surrogate pair; printed as \uXXXX so that the
// line does not depend on how stdout encodes a lone surrogate.
function escapeLoneSurrogates(text) {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
                      (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function show(label, input, reviver) {
  try {
    const value = JSON.parse(input, reviver);
    console.log(`${label} -> ${JSON.stringify(value)}`);
  } catch (err) {
    console.log(`${label} -> ${err.name}: ${escapeLoneSurrogates(err.message)}`);
  }
}

const inputs = [
  // nothing to parse
  '', ' ', '\n\t\r ',
  // truncated
  '{', '{ ', '[', '[1', '[1,', '[1 ', '{"a"', '{"a" ', '{"a":', '{"a":1', '{"a":1,', '{"a":1 ',
  '"abc', '{"a', '"\\', '"abc\\', 'tru', 'fals', 'n', '[tr',
  // trailing commas and missing separators
  '[1,]', '{"a":1,}', '[1,,2]', '[,1]', '{,}', '[1 2]', '{"a":1 "b":2}', '{"a" 1}', '{"a"::1}',
  '{"a",1}', '{"a":}', '[}', '{]', '[1}', '{"a":1]', '{"a":[1,2}', '[{"a":1]',
  // not JSON syntax
  "{'a':1}", "'x'", '{a:1}', '{1:2}', '.5', '+1', 'NaN', 'Infinity', '-Infinity', 'undefined',
  '[object Object]', 'None', 'True', '// c\n1', '0x10', "tr ue",
  // literals
  'trux', 'nulL', '[nulll]', 'tr1', 'tr"', 'function(){}',
  // strings
  '"\\x"', '"\\U0041"', '"\\u12"', '"\\u12g4"', '"\\u"', '"\\u1', '"a\tb"', '"a\nb"', '"a\u0000b"',
  '"\\é"', '"\\Ā"', '"\\😀"', '"\\"',
  // numbers
  '01', '-01', '00', '[01]', '01.5', '-', '--', '-a', '[-]', '1.', '1.e5', '1.a', '[1.]', '1e', '1e+',
  '1E-', '1e-+1', '1.5e', '[1.5e+]',
  // after the value
  '1 2', '1x', 'truex', '"a""b"', '{}x', '[]]', '{"a":1}}', '1.5.3', '1 /* c */', '1\u0000',
  // not JSON whitespace
  '\u00a01', '\ufeff1', '\u2028',
  // unicode
  'é', '😀', '"é', '{"é":1,}', '["😀" 1]', '"\udc00x',
  // several lines: \n, \r\n and a lone \r end lines; U+2028 does not
  '\n\n  {\n  "a": 1,\n}', '{\r\n"a":1,\r\n}', '{\r"a":1,\r}', '["\u2028" 1]', '{"a":1,\n\n"b" 2}',
  '[1,\n\n\n"]', '\n\n\n-', '[1,\nx]',
  // long inputs: V8 quotes a window of 10 characters either side
  'x' + 'abcdefghijklmnopqrs', 'x' + 'abcdefghijklmnopqrst', 'abcdefghijklmnopqrstuvwxyz',
  '[1,1,1,1, x                   ]', '                x         ', '               x          ',
  '[' + '1,'.repeat(30) + 'x]', '[\n1,\n2,\n3,\n4,\n5,\n6,\n7,\n8,\nx]',
  '😀'.repeat(12), '["😀😀😀😀😀😀😀",x,"😀😀😀😀😀😀😀"]',
  '{"key": ' + '"value", '.repeat(20) + '}',
];
for (const input of inputs) show(JSON.stringify(input), input);

// Values that are not strings are converted first.
show('undefined', undefined);
show('no argument');
show('{}', {});
show('[1, 2]', [1, 2]);
show('NaN (number)', NaN);
show('Infinity (number)', Infinity);
show('new Date(0)', new Date(0));
show('123', 123);
show('null', null);
show('true', true);
show('[]', []);
show('{ toString }', { toString() { return '{"from":"toString"}'; } });
try {
  JSON.parse(Symbol('s'));
} catch (err) {
  console.log(`Symbol -> ${err.name}`);
}

// Valid JSON goes straight through.
for (const input of ['{"a":[1,2,{"b":null}],"c":"\\u0041\\n"}', ' 1 ', '-0.5e-3', '"\\ud83d\\ude00"',
                     '\t\r\n [] \n', '{"":""}', 'false']) {
  show(JSON.stringify(input), input);
}

// The reviver.
show('reviver', '{"a":1,"b":[2,3],"c":{"d":4}}', (key, value) => (typeof value === 'number' ? value * 10 : value));
show('reviver drops', '{"a":1,"b":2}', (key, value) => (key === 'a' ? undefined : value));
const holders = [];
JSON.parse('[5]', function(key, value) { holders.push([key, Array.isArray(this) || key === '' ? typeof this : 'other']); return value; });
console.log('reviver this:', JSON.stringify(holders));
show('reviver throws SyntaxError', '{"a":1}', () => { throw new SyntaxError('from the reviver'); });
show('reviver on bad JSON', '[1,]', () => { throw new Error('not called'); });

// The function itself.
const desc = Object.getOwnPropertyDescriptor(JSON, 'parse');
console.log('name:', JSON.parse.name, 'length:', JSON.parse.length);
console.log('enumerable:', desc.enumerable, 'writable:', desc.writable, 'configurable:', desc.configurable);
console.log('prototype:', typeof JSON.parse.prototype, 'keys:', Object.keys(JSON).length);
try {
  new JSON.parse('1');
  console.log('constructed');
} catch (err) {
  console.log('new JSON.parse ->', err.name);
}

// The error object.
try {
  JSON.parse('{\n  "a": 1,\n}');
} catch (err) {
  console.log('instanceof SyntaxError:', err instanceof SyntaxError, 'constructor:', err.constructor.name);
  console.log('stack starts with the message:', err.stack.startsWith(`SyntaxError: ${err.message}\n`));
}
try {
  JSON.parse('{"a":1,}');
} catch (err) {
  err.message = `prefix: ${err.message}`;
  console.log('stack after a message change:', err.stack.split('\n')[0]);
}

// require() of a malformed .json file prefixes the message with the file name.
try {
  require('./fixtures/bad-trailing-comma.json');
} catch (err) {
  console.log(`require -> ${err.name}: ${err.message.replace(__dirname, '<dir>')}`);
  console.log('require stack header:', err.stack.split('\n')[0].replace(__dirname, '<dir>'));
}
