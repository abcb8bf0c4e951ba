// util.parseArgs: command-line arguments to { values, positionals, tokens? }.
// Two phases, as Node documents them: the arguments become tokens (options,
// positionals, the '--' terminator), then the tokens are checked against the
// option configuration and stored.
'use strict';

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL, ERR_PARSE_ARGS_UNKNOWN_OPTION,
} = require('internal/errors').codes;
const {
  validateArray, validateBoolean, validateObject, validateString,
} = require('internal/validators');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
// Only own properties of the configuration count ("toString" is no option).
const own = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionProp = (options, name, prop) => (hasOwn(options, name) ? own(options[name], prop) : undefined);

// The user's arguments when none are given: what follows the script (or the
// -e/-p source, which takes no slot in process.argv).
function defaultArgs() {
  const evalFlags = ['-e', '--eval', '-p', '--print'];
  const evaluated = process.execArgv.some((arg) => evalFlags.includes(arg));
  return process.argv.slice(evaluated ? 1 : 2);
}

function longNameOfShort(short, options) {
  for (const [name, config] of Object.entries(options)) {
    if (own(config, 'short') === short) return name;
  }
  return short;
}

const isStringOption = (name, options) => optionProp(options, name, 'type') === 'string';

// '-f'
const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
// '--foo'
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
// '--foo=bar'
const isLongWithValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
// '-abc' where -a is not a string option: a group of short options.
const isShortGroup = (arg, options) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-' &&
  !isStringOption(longNameOfShort(arg[1], options), options);
// '-fVALUE' where -f is a string option.
const isShortWithValue = (arg, options) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-' &&
  isStringOption(longNameOfShort(arg[1], options), options);
// A value that looks like an option ('-x'), suspicious after a string option.
const looksLikeOption = (value) => value != null && value.length > 1 && value[0] === '-';

function tokenize(args, options) {
  const tokens = [];
  const queue = args.slice();
  let index = -1;
  let expandedLeft = 0; // args from an expanded short group share its index
  while (queue.length > 0) {
    const arg = queue.shift();
    const next = queue[0];
    if (expandedLeft > 0) expandedLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (isLoneShort(arg) || isLoneLong(arg)) {
      const name = isLoneShort(arg) ? longNameOfShort(arg[1], options) : arg.slice(2);
      let value;
      let inlineValue;
      // A string option takes the next argument, whatever it looks like.
      if (isStringOption(name, options) && next != null) {
        value = queue.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }

    if (isShortGroup(arg, options)) {
      // -abc becomes -a -b -c; a string option inside takes the rest: -abfFILE -> -a -b -fFILE.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (!isStringOption(longNameOfShort(short, options), options) || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      queue.unshift(...expanded);
      expandedLeft = expanded.length;
      continue;
    }

    if (isShortWithValue(arg, options)) {
      const name = longNameOfShort(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }

    if (isLongWithValue(arg)) {
      const equal = arg.indexOf('=');
      const name = arg.slice(2, equal);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equal + 1), inlineValue: true });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function validateOptionConfig(name, config) {
  validateObject(config, `options.${name}`);
  const type = own(config, 'type');
  if (type !== 'string' && type !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
  }
  if (hasOwn(config, 'short')) {
    const short = config.short;
    validateString(short, `options.${name}.short`);
    if (short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
    }
  }
  const multiple = own(config, 'multiple');
  if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
  const defaultValue = own(config, 'default');
  if (defaultValue !== undefined) {
    const what = `options.${name}.default`;
    const check = type === 'string' ? validateString : validateBoolean;
    if (multiple) {
      validateArray(defaultValue, what);
      defaultValue.forEach((item, i) => check(item, `${what}[${i}]`));
    } else {
      check(defaultValue, what);
    }
  }
}

// Strict mode: the option must be known and used as its type says.
function checkUsage(token, config) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    // --no-foo is accepted for a known boolean --foo only.
    if (negated === undefined || !hasOwn(config.options, negated) ||
        optionProp(config.options, negated, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
    name = negated;
  }
  const short = optionProp(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionProp(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
  // '--foo -x' is more likely a forgotten value than a value starting with '-'.
  if (!token.inlineValue && looksLikeOption(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'--${token.name}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function store(token, options, values, allowNegative) {
  let { name, value } = token;
  if (name === '__proto__') return; // never touch the prototype slot
  // --no-foo stores foo: false; the returned token names foo too, as in Node.
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  const newValue = value ?? true;
  if (optionProp(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [newValue];
    else values[name].push(newValue);
  } else {
    values[name] = newValue;
  }
}

function parseArgs(config = { __proto__: null }) {
  // Like Node, `config` itself is not validated: a non-object has no options.
  const args = own(config, 'args') ?? defaultArgs();
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [name, optionConfig] of Object.entries(options)) validateOptionConfig(name, optionConfig);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkUsage(token, parseConfig);
      store(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = own(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
