'use strict';
// util.styleText: codes, nesting, hex colors and the stream rules (stdout is
// a pipe here, so only validateStream: false or FORCE_COLOR colors).
const { styleText } = require('util');
const show = (...args) => {
  try { console.log(JSON.stringify(styleText(...args))); } catch (e) { console.log(e.name, e.code, e.message.slice(0, 90)); }
};
const raw = { validateStream: false };
show('red', 'x', raw);
show(['bold', 'underline', 'none'], 'x', raw);
show(['bold', 'dim'], 'a\u001b[22mb', raw);
show('red', 'a\u001b[39mb\u001b[39m', raw);
show('#f80', 'x', raw);
show('#A0B1C2', 'x', raw);
show('#ab', 'x', raw);
show('nope', 'x', raw);
show('red', 'x');
show('red', 'x', { stream: process.stderr });
show('red', 'x', { stream: {} });
show('red', 1);
show('red', 'x', { validateStream: 'no' });
show('red', 'x', { stream: { isTTY: true, write() {}, on() {} } });
show('red', 'x', { stream: { isTTY: true, write() {}, on() {}, getColorDepth: () => 1 } });
