// BigInt64 and float/double accessors.
'use strict';
function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const b = Buffer.alloc(10);
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n, 2n ** 64n - 1n]) {
  t(`writeBigInt64LE ${v}`, () => [b.fill(0).writeBigInt64LE(v, 1), b.toString('hex'), b.readBigInt64LE(1), b.readBigUInt64LE(1)].join(' '));
  t(`writeBigInt64BE ${v}`, () => [b.fill(0).writeBigInt64BE(v, 2), b.toString('hex'), b.readBigInt64BE(2), b.readBigUInt64BE(2)].join(' '));
  t(`writeBigUInt64LE ${v}`, () => [b.fill(0).writeBigUInt64LE(v), b.toString('hex'), b.readBigUint64LE()].join(' '));
  t(`writeBigUInt64BE ${v}`, () => [b.fill(0).writeBigUint64BE(v), b.toString('hex')].join(' '));
}
t('writeBigInt64LE 2**63', () => b.writeBigInt64LE(2n ** 63n));
t('writeBigInt64LE -2**63-1', () => b.writeBigInt64LE(-(2n ** 63n) - 1n));
t('writeBigUInt64LE 2**64', () => b.writeBigUInt64LE(2n ** 64n));
t('writeBigUInt64LE -1', () => b.writeBigUInt64LE(-1n));
t('writeBigInt64LE number', () => { try { b.writeBigInt64LE(1); } catch (e) { return e.name; } });
t('writeBigInt64LE off 3', () => b.writeBigInt64LE(1n, 3));
t('readBigInt64LE off 3', () => b.readBigInt64LE(3));
t('readBigUInt64BE off -1', () => b.readBigUInt64BE(-1));
t('readBigInt64LE empty', () => Buffer.alloc(4).readBigInt64LE());
for (const v of [0, -0, 1, -1.5, 3.4028234663852886e38, 1e39, 1e-46, NaN, Infinity, -Infinity, 0.1, Math.PI]) {
  t(`float ${v}`, () => [b.fill(0).writeFloatLE(v, 0), b.writeFloatBE(v, 4), b.toString('hex'), b.readFloatLE(0), b.readFloatBE(4)].join(' '));
  t(`double ${v}`, () => [b.fill(0).writeDoubleLE(v, 0), b.toString('hex'), b.readDoubleLE(0), b.writeDoubleBE(v, 2), b.readDoubleBE(2)].join(' '));
}
t('writeFloatLE "2.5"', () => [b.writeFloatLE('2.5'), b.readFloatLE()].join(' '));
t('writeFloatLE off 7', () => b.writeFloatLE(1, 7));
t('writeDoubleBE off 3', () => b.writeDoubleBE(1, 3));
t('readDoubleLE off 3', () => b.readDoubleLE(3));
t('readFloatBE off "0"', () => b.readFloatBE('0'));
t('readFloatLE off 1.5', () => b.readFloatLE(1.5));
