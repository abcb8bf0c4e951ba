// os.constants: signals, errno, priority, dlopen and their property attributes.
'use strict';
const { constants } = require('os');
console.log(Object.keys(constants));
console.log(constants.UV_UDP_REUSEADDR, constants.dlopen, constants.priority);
console.log(constants.signals);
console.log(constants.errno);
for (const k of ['dlopen', 'errno', 'signals', 'priority']) {
  const o = constants[k];
  console.log(k, Object.getPrototypeOf(o), Object.isFrozen(o), Object.isExtensible(o),
    JSON.stringify(Object.getOwnPropertyDescriptor(o, Object.keys(o)[0])));
}
console.log(Object.getPrototypeOf(constants), Object.isFrozen(constants), Object.isExtensible(constants));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(constants, 'UV_UDP_REUSEADDR')));
const d = Object.getOwnPropertyDescriptor(constants, 'signals');
console.log(d.writable, d.enumerable, d.configurable);
try {
  constants.signals.SIGINT = 5;
} catch (e) {
  console.log(e.name);
}
console.log(constants.signals.SIGINT, constants.signals === require('os').constants.signals);
