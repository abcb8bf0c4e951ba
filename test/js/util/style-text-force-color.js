'use strict';
// Env: FORCE_COLOR=1
// FORCE_COLOR makes every stream colored, TTY or not.
const { styleText } = require('util');
console.log(JSON.stringify(styleText('green', 'x')));
console.log(JSON.stringify(styleText('green', 'x', { stream: { write() {}, on() {} } })));
