// errno numbers to Node's codes and libuv's messages (Linux values). The one
// table lives in Java (org.node4j.posix.Errno); it is fetched once, on first use.
'use strict';

const { internalBinding } = require('internal/bootstrap/realm');

let byNumber; // Map: negative errno -> [name, message]; only the codes Node knows
let linuxNames; // Map: negative errno -> Linux name, for every Linux errno

function load() {
  if (byNumber !== undefined) return;
  const flat = internalBinding('process_methods').errnoTable();
  byNumber = new Map();
  linuxNames = new Map();
  for (let i = 0; i < flat.length; i += 3) {
    const errno = -flat[i];
    const name = flat[i + 1];
    const message = flat[i + 2];
    linuxNames.set(errno, name);
    if (message !== null && message !== undefined) byNumber.set(errno, [name, message]);
  }
}

function unknown(errno) {
  return `Unknown system error ${errno}`;
}

// { name, message } as Node reports them for a (negative) errno.
function describe(errno) {
  load();
  const entry = byNumber.get(errno);
  if (entry === undefined) return { name: unknown(errno), message: unknown(errno) };
  return { name: entry[0], message: entry[1] };
}

// util.getSystemErrorName / getSystemErrorMessage / getSystemErrorMap.
function errname(errno) {
  return describe(errno).name;
}

function errmessage(errno) {
  return describe(errno).message;
}

function errmap() {
  load();
  return new Map(Array.from(byNumber, ([errno, entry]) => [errno, [entry[0], entry[1]]]));
}

// os.constants.errno: Linux names (aliases included) to positive numbers.
function errnoConstants() {
  const flat = internalBinding('process_methods').errnoNumbers();
  const out = { __proto__: null };
  for (let i = 0; i < flat.length; i += 2) out[flat[i]] = flat[i + 1];
  return out;
}

// The Linux name of an errno even when libuv has no code for it ("EDOM").
function linuxName(errno) {
  load();
  return linuxNames.get(errno < 0 ? errno : -errno);
}

module.exports = { describe, errname, errmessage, errmap, errnoConstants, linuxName };
