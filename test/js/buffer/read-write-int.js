// read*/write* integers of every width and endianness, with node's errors.
'use strict';
function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const b = Buffer.from([0x01, 0x82, 0x03, 0xf4, 0x85, 0x06, 0x97, 0x08]);
for (const m of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readUint8', 'readUint16LE', 'readUint32BE']) {
  t(m, () => [0, 1, 2, 3, 4].map((o) => { try { return b[m](o); } catch (e) { return e.code; } }).join(' '));
}
for (let n = 1; n <= 6; n++) {
  t(`readUIntLE ${n}`, () => b.readUIntLE(1, n));
  t(`readUIntBE ${n}`, () => b.readUIntBE(1, n));
  t(`readIntLE ${n}`, () => b.readIntLE(1, n));
  t(`readIntBE ${n}`, () => b.readIntBE(1, n));
}
t('readUIntLE 0', () => b.readUIntLE(0, 0));
t('readUIntLE 7', () => b.readUIntLE(0, 7));
t('readUIntLE 1.5', () => b.readUIntLE(0, 1.5));
t('readUIntLE "2"', () => b.readUIntLE(0, '2'));
t('readUIntLE no offset', () => b.readUIntLE());
t('readUInt8 8', () => b.readUInt8(8));
t('readUInt8 -1', () => b.readUInt8(-1));
t('readUInt8 1.5', () => b.readUInt8(1.5));
t('readUInt8 "1"', () => b.readUInt8('1'));
t('readUInt32LE 5', () => b.readUInt32LE(5));
t('readUInt16BE 7', () => b.readUInt16BE(7));
t('readInt32LE NaN', () => b.readInt32LE(NaN));
t('empty readUInt8', () => Buffer.alloc(0).readUInt8(0));
t('empty readUInt32LE', () => Buffer.alloc(2).readUInt32LE(0));

const w = Buffer.alloc(8);
const writes = [
  ['writeUInt8', 255], ['writeUInt8', 256], ['writeUInt8', -1], ['writeInt8', -128], ['writeInt8', 128], ['writeInt8', -129],
  ['writeUInt16LE', 0xabcd], ['writeUInt16BE', 0xabcd], ['writeUInt16LE', 65536], ['writeInt16LE', -32768], ['writeInt16BE', 32768],
  ['writeUInt32LE', 0xdeadbeef], ['writeUInt32BE', 0xdeadbeef], ['writeUInt32LE', 2 ** 32], ['writeInt32LE', -(2 ** 31)], ['writeInt32BE', 2 ** 31],
  ['writeUInt8', 1.7], ['writeInt16LE', -1.5], ['writeUInt16LE', NaN], ['writeUInt32LE', '42'], ['writeUInt8', 'abc'], ['writeInt8', -0.5],
];
for (const [m, v] of writes) t(`${m}(${typeof v === 'string' ? JSON.stringify(v) : v})`, () => [w[m](v, 0), w.toString('hex')].join(' '));
for (let n = 1; n <= 6; n++) {
  const max = 2 ** (8 * n) - 1;
  t(`writeUIntLE ${n}`, () => [w.fill(0).writeUIntLE(max, 1, n), w.toString('hex')].join(' '));
  t(`writeUIntBE ${n}`, () => [w.fill(0).writeUIntBE(0x123456789abc % (max + 1), 1, n), w.toString('hex')].join(' '));
  t(`writeIntLE ${n}`, () => [w.fill(0).writeIntLE(-(2 ** (8 * n - 1)), 1, n), w.toString('hex')].join(' '));
  t(`writeIntBE ${n}`, () => [w.fill(0).writeIntBE(-2, 1, n), w.toString('hex')].join(' '));
  t(`writeUIntLE ${n} over`, () => w.writeUIntLE(max + 1, 0, n));
  t(`writeIntBE ${n} over`, () => w.writeIntBE(2 ** (8 * n - 1), 0, n));
  t(`writeIntLE ${n} under`, () => w.writeIntLE(-(2 ** (8 * n - 1)) - 1, 0, n));
}
t('writeUIntLE 0 bytes', () => w.writeUIntLE(1, 0, 0));
t('writeUIntLE 7 bytes', () => w.writeUIntLE(1, 0, 7));
t('writeUInt32LE off 5', () => w.writeUInt32LE(1, 5));
t('writeUInt32LE off -1', () => w.writeUInt32LE(1, -1));
t('writeUInt32LE off 1.5', () => w.writeUInt32LE(1, 1.5));
t('writeUInt32LE off "1"', () => w.writeUInt32LE(1, '1'));
t('writeUInt8 empty', () => Buffer.alloc(0).writeUInt8(1, 0));
t('writeUInt16LE short', () => Buffer.alloc(1).writeUInt16LE(1, 0));
t('writeUInt8 value big range', () => w.writeUInt32BE(2 ** 40));
