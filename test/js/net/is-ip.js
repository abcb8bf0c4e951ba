// net.isIP/isIPv4/isIPv6 and the happy-eyeballs defaults.
const net = require('net');
const inputs = ['127.0.0.1', '::1', '1.2.3', '::ffff:1.2.3.4', 'fe80::1%eth0', '1.2.3.04', '', 'x',
  '2001:db8::1', '1::2::3', '::', '0.0.0.0', '255.255.255.256', '01.2.3.4', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', '::1.2.3.4', 'a:b:c:d:e:f:1.2.3.4', ':1', '1:', 'g::1', '1.1.1.1 ', 12, null];
for (const v of inputs) console.log(JSON.stringify(v), net.isIP(v), net.isIPv4(v), net.isIPv6(v));
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
for (const bad of ['x', 0, -1, 1.5]) {
  try {
    net.setDefaultAutoSelectFamilyAttemptTimeout(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(500);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
try {
  net.setDefaultAutoSelectFamily('yes');
} catch (e) {
  console.log(e.code, e.message);
}
net.setDefaultAutoSelectFamily(false);
console.log(net.getDefaultAutoSelectFamily());
