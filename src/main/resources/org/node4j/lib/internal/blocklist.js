// net.BlockList: rules (single addresses, ranges, subnets) that net's sockets
// and servers check before they connect or accept. An IPv4 rule also matches
// the IPv4-mapped IPv6 form of its addresses, and the other way round.
'use strict';

const {
  SocketAddress, ipv4ToBigInt, ipv6ToBigInt, mappedIPv4, toIPv6Mapped, validateFamily,
} = require('internal/socketaddress');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateArray, validateInt32, validateString } = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// A SocketAddress for `address` (a string of `family`, or a SocketAddress).
function toSocketAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return address;
  if (typeof address !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['string', 'SocketAddress'], address);
  return new SocketAddress({ address, family: validateFamily(family, 'family') });
}

function valueOf(socketAddress) {
  return socketAddress.family === 'ipv4' ? ipv4ToBigInt(socketAddress.address) : ipv6ToBigInt(socketAddress.address);
}

function familyLabel(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

class BlockList {
  #rules = [];

  static isBlockList(value) {
    return value instanceof BlockList;
  }

  addAddress(address, family = 'ipv4') {
    const at = toSocketAddress(address, family, 'address');
    const value = valueOf(at);
    this.#rules.unshift({
      family: at.family, first: value, last: value,
      text: `Address: ${familyLabel(at.family)} ${at.address}`,
    });
  }

  addRange(start, end, family = 'ipv4') {
    const from = toSocketAddress(start, family, 'start');
    const to = toSocketAddress(end, family, 'end');
    const first = valueOf(from);
    const last = valueOf(to);
    if (from.family !== to.family || first > last) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
    this.#rules.unshift({
      family: from.family, first, last,
      text: `Range: ${familyLabel(from.family)} ${from.address}-${to.address}`,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const at = toSocketAddress(network, family, 'net');
    const bits = at.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const hostBits = BigInt(bits - prefix);
    const first = (valueOf(at) >> hostBits) << hostBits;
    const last = first | ((1n << hostBits) - 1n);
    this.#rules.unshift({
      family: at.family, first, last,
      text: `Subnet: ${familyLabel(at.family)} ${at.address}/${prefix}`,
    });
  }

  check(address, family = 'ipv4') {
    let at;
    try {
      at = toSocketAddress(address, family, 'address');
    } catch (err) {
      // An address that is no IP of that family is simply not blocked.
      if (err.code === 'ERR_INVALID_ADDRESS') return false;
      throw err;
    }
    const value = valueOf(at);
    // The same address in the other family's terms, where it has one.
    const mapped = at.family === 'ipv4' ? toIPv6Mapped(value) : mappedIPv4(value);
    const other = at.family === 'ipv4' ? 'ipv6' : 'ipv4';
    for (const rule of this.#rules) {
      if (rule.family === at.family && value >= rule.first && value <= rule.last) return true;
      if (mapped !== null && rule.family === other && mapped >= rule.first && mapped <= rule.last) return true;
    }
    return false;
  }

  // Most recent first within each kind; addresses, then subnets, then ranges.
  get rules() {
    const order = ['Address', 'Subnet', 'Range'];
    const kind = (rule) => order.indexOf(rule.text.slice(0, rule.text.indexOf(':')));
    return this.#rules.map((rule, i) => [rule, i])
      .sort(([a, i], [b, j]) => kind(a) - kind(b) || i - j)
      .map(([rule]) => rule.text);
  }

  toJSON() {
    return this.rules;
  }

  // Rules as `rules` and toJSON() write them, oldest last.
  fromJSON(data) {
    if (typeof data === 'string') data = JSON.parse(data);
    validateArray(data, 'data');
    for (const text of [...data].reverse()) {
      validateString(text, 'data');
      const match = /^(Address|Range|Subnet): IPv(4|6) (.+)$/.exec(text);
      if (!match) throw new ERR_INVALID_ARG_VALUE('data', text);
      const family = `ipv${match[2]}`;
      if (match[1] === 'Address') {
        this.addAddress(match[3], family);
      } else if (match[1] === 'Range') {
        const dash = match[3].indexOf('-');
        this.addRange(match[3].slice(0, dash), match[3].slice(dash + 1), family);
      } else {
        const slash = match[3].lastIndexOf('/');
        const prefix = Number(match[3].slice(slash + 1));
        if (!Number.isInteger(prefix)) throw new ERR_OUT_OF_RANGE('prefix', 'an integer', prefix);
        this.addSubnet(match[3].slice(0, slash), prefix, family);
      }
    }
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { BlockList };
