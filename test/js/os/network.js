// networkInterfaces(): entry shapes, families, cidr and mac formats, loopback.
'use strict';
const os = require('os');
const ifaces = os.networkInterfaces();
console.log(Object.getPrototypeOf(ifaces) === Object.prototype);
const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const mac = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;
let loopback4 = false;
let bad = 0;
for (const [name, list] of Object.entries(ifaces)) {
  if (!Array.isArray(list) || list.length === 0 || typeof name !== 'string') bad++;
  for (const e of list) {
    const keys = Object.keys(e).join();
    if (e.family === 'IPv4') {
      if (keys !== 'address,netmask,family,mac,internal,cidr') bad++;
      if (!ipv4.test(e.address) || !ipv4.test(e.netmask)) bad++;
    } else if (e.family === 'IPv6') {
      if (keys !== 'address,netmask,family,mac,internal,cidr,scopeid') bad++;
      if (!/^[0-9a-f:.]+$/.test(e.address) || !/^[0-9a-f:]+$/.test(e.netmask)) bad++;
      if (!Number.isInteger(e.scopeid) || e.scopeid < 0) bad++;
    } else {
      bad++;
    }
    if (!mac.test(e.mac) || typeof e.internal !== 'boolean') bad++;
    if (e.cidr !== null && !(e.cidr.startsWith(`${e.address}/`) && /\/\d+$/.test(e.cidr))) bad++;
    if (e.address === '127.0.0.1') {
      loopback4 = true;
      console.log(e.netmask, e.internal, e.cidr, e.mac);
    }
    if (e.address === '::1') console.log(e.netmask, e.internal, e.cidr, e.mac, e.scopeid);
  }
}
console.log('loopback', loopback4, 'bad', bad);
console.log(os.networkInterfaces() !== ifaces);
