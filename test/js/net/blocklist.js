// net.BlockList rules (order, ranges, subnets, IPv4-mapped matches) and net.SocketAddress, as node prints them.
const net = require('net');
const b = new net.BlockList();
b.addAddress('123.123.123.123');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addSubnet('192.168.1.0', 24);
console.log(b.rules);
console.log(b.check('123.123.123.123'), b.check('10.0.0.5'), b.check('10.0.0.11'), b.check('8592:757c:efae:4e45:f::', 'ipv6'), b.check('::ffff:123.123.123.123', 'ipv6'), b.check('192.168.1.77'), b.check('192.168.2.1'));
const sa = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 80 });
console.log(sa, sa.address, sa.port, sa.family, sa.flowlabel);
console.log(net.SocketAddress.parse('1.2.3.4:80'), net.SocketAddress.parse('[::1]:443'), net.SocketAddress.parse('nope'));
console.log(b);
