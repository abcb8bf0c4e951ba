// The shape of the global console and of Console instances.
'use strict';
const { Console } = require('console');
console.log(Object.keys(console).join(','));
console.log(Object.keys(console).map((k) => typeof console[k]).join(','));
console.log(Object.keys(console).filter((k) => typeof console[k] === 'function').map((k) => console[k].name).join(','));
console.log(Console.name, Console.length, typeof Console);
console.log(Object.getOwnPropertyNames(Console.prototype).join(','));
const c = new Console({ write() {} });
console.log(Object.keys(c).join(','));
console.log(typeof c.Console, c.log === Console.prototype.log, console.log === Console.prototype.log);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype);
console.log(Object.getOwnPropertyDescriptor(console, 'Console').enumerable);
console.log(console instanceof Console, c instanceof Console, Object.create(Console.prototype) instanceof Console);
const zero = new Console({ stdout: { write(s) { process.stdout.write(`[${s}]`); } }, groupIndentation: 0, ignoreErrors: false });
zero.group('g');
zero.log('no indent');
zero.groupEnd();
