// dgram's handles: UDP, the JS face of a UdpHandle (binding/UdpHandle.java),
// with the name lookup each socket resolves addresses through.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');
const { codes: { ERR_SOCKET_BAD_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kStateSymbol = Symbol('state symbol');

let binding;
function udpBinding() {
  binding ??= internalBinding('udp_wrap');
  return binding;
}

// An ordinary object over the Java handle, so that code (and Node's tests) may
// replace a method or call onmessage itself, as they can on node's UDP handles.
class UDP {
  #handle;

  constructor(ipv6) {
    this.#handle = udpBinding().create(ipv6);
    this.onmessage = null;
    this.lookup = null;
  }

  // The Java side calls this for each datagram (nread > 0 or 0) or read error (nread < 0).
  #deliver = (nread, bytes, address, family, port) => {
    if (nread < 0) {
      this.onmessage(nread, this, undefined, undefined);
      return;
    }
    const buf = Buffer.from(new ArrayBuffer(bytes));
    this.onmessage(nread, this, buf, { address, family, port, size: nread });
  };

  open(fd) { return this.#handle.open(fd); }
  bind(ip, port, flags) { return this.#handle.bind(ip, port, flags); }
  connect(ip, port) { return this.#handle.connect(ip, port); }
  disconnect() { return this.#handle.disconnect(); }
  send(arrayBuffer, offset, length, ip, port, oncomplete) {
    return this.#handle.send(arrayBuffer, offset, length, ip, port, oncomplete);
  }
  recvStart() { return this.#handle.recvStart(this.#deliver); }
  recvStop() { return this.#handle.recvStop(); }
  getsockname() { return this.#handle.getsockname(); }
  getpeername() { return this.#handle.getpeername(); }
  setBroadcast(on) { return this.#handle.setBroadcast(on); }
  setTTL(ttl) { return this.#handle.setTTL(ttl); }
  setMulticastTTL(ttl) { return this.#handle.setMulticastTTL(ttl); }
  setMulticastLoopback(on) { return this.#handle.setMulticastLoopback(on); }
  setMulticastInterface(iface) { return this.#handle.setMulticastInterface(iface); }
  membership(group, iface, join) { return this.#handle.membership(group, iface, join); }
  sourceMembership(source, group, iface, join) {
    return this.#handle.sourceMembership(source, group, iface, join);
  }
  bufferSize(size, recv) { return this.#handle.bufferSize(size, recv); }
  getSendQueueSize() { return this.#handle.getSendQueueSize(); }
  getSendQueueCount() { return this.#handle.getSendQueueCount(); }
  ref() { this.#handle.ref(); }
  unref() { this.#handle.unref(); }
  hasRef() { return this.#handle.hasRef(); }
  close() { this.#handle.close(); }

  static get flags() {
    const { IPV6ONLY, REUSEADDR, REUSEPORT } = udpBinding();
    return { IPV6ONLY, REUSEADDR, REUSEPORT };
  }
}

// dns.lookup, loaded on first use (most sockets only ever see IP literals).
function defaultLookup(hostname, family, callback) {
  return require('dns').lookup(hostname, family, callback);
}

// As node: an empty address means the loopback address of the socket's family.
function lookup4(lookup, address, callback) {
  return lookup(address || '127.0.0.1', 4, callback);
}

function lookup6(lookup, address, callback) {
  return lookup(address || '::1', 6, callback);
}

function newHandle(type, lookup) {
  if (lookup === undefined) {
    lookup = defaultLookup;
  } else {
    validateFunction(lookup, 'lookup');
  }
  if (type === 'udp4') {
    const handle = new UDP(false);
    handle.lookup = lookup4.bind(handle, lookup);
    return handle;
  }
  if (type === 'udp6') {
    const handle = new UDP(true);
    handle.lookup = lookup6.bind(handle, lookup);
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

module.exports = { kStateSymbol, newHandle, UDP };
