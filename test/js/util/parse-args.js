'use strict';
// util.parseArgs: tokens, short groups, negation, defaults and strict errors.
const { parseArgs, inspect } = require('util');
const show = (config) => {
  try {
    console.log(inspect(parseArgs(config), { depth: 5, breakLength: Infinity }));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
};
const options = {
  foo: { type: 'string', short: 'f' },
  verbose: { type: 'boolean', short: 'v', multiple: true },
  color: { type: 'boolean' },
  name: { type: 'string', default: 'anon' },
};
show({ args: ['-vvf', 'x', '--color', 'pos', '--', '--foo'], options, allowPositionals: true, tokens: true });
show({ args: ['--no-color', '-fbar'], options, allowNegative: true, tokens: true });
show({ args: ['--foo'], options });
show({ args: ['--color=yes'], options });
show({ args: ['--foo', '-v'], options });
show({ args: ['-f', '-v'], options });
show({ args: ['--nope'], options });
show({ args: ['--nope'], options, allowPositionals: true });
show({ args: ['x'], options });
show({ args: ['--a=1', '-bc', 'd'], strict: false });
show({ args: [], options: { x: { type: 'number' } } });
show({ args: [], options: { x: { type: 'string', short: 'xy' } } });
show({ args: [], options: { x: { type: 'string', multiple: true, default: 'no' } } });
show({ args: 'x' });
