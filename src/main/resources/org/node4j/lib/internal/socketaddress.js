// net.SocketAddress, and the IP arithmetic net.BlockList needs: addresses as
// BigInts (32 bits for IPv4, 128 for IPv6) so that ranges and subnets compare
// as numbers.
'use strict';

const { isIPv4, isIPv6 } = require('internal/net');
const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validateString, validatePort, validateUint32 } = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function ipv4ToBigInt(text) {
  let value = 0n;
  for (const part of text.split('.')) value = (value << 8n) | BigInt(Number(part));
  return value;
}

// RFC 4291 text (with "::" and an optional dotted IPv4 tail; zone ids dropped).
function ipv6ToBigInt(text) {
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  // A dotted IPv4 tail stands for the last two words.
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) !== -1) {
    const v4 = ipv4ToBigInt(text.slice(lastColon + 1));
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = text.split('::');
  const parse = (s) => (s ? s.split(':').map((h) => parseInt(h, 16)) : []);
  let words = parse(head);
  if (rest !== undefined) {
    const after = parse(rest);
    words = [...words, ...new Array(8 - words.length - after.length).fill(0), ...after];
  }
  let value = 0n;
  for (const w of words) value = (value << 16n) | BigInt(w);
  return value;
}

const V4_MAPPED_PREFIX = 0xffffn << 32n;

// The IPv4 address an IPv6 one maps (::ffff:a.b.c.d), else null.
function mappedIPv4(value6) {
  return (value6 >> 32n) === 0xffffn ? value6 & 0xffffffffn : null;
}

function toIPv6Mapped(value4) {
  return V4_MAPPED_PREFIX | value4;
}

function validateFamily(family, name) {
  validateString(family, name);
  const lower = family.toLowerCase();
  if (lower !== 'ipv4' && lower !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return lower;
}

class SocketAddress {
  #address;
  #port;
  #family;
  #flowlabel;

  static isSocketAddress(value) {
    return value instanceof SocketAddress;
  }

  // "1.2.3.4:80", "[::1]:443" or a bare address, read as the host of an
  // http: URL (so port 80, http's default, reads as 0, as in node); undefined
  // when it does not parse.
  static parse(input) {
    validateString(input, 'input');
    try {
      const { hostname, port } = new URL(`http://${input}`);
      const address = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
      return new SocketAddress({ address, port: Number(port), family: isIPv6(address) ? 'ipv6' : 'ipv4' });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    family = validateFamily(family, 'options.family');
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) throw new ERR_INVALID_ADDRESS();
    this.#address = address;
    this.#port = port | 0;
    this.#family = family;
    this.#flowlabel = flowlabel;
  }

  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }

  toJSON() {
    return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = {
  SocketAddress, ipv4ToBigInt, ipv6ToBigInt, mappedIPv4, toIPv6Mapped, validateFamily,
};
