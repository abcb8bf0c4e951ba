// process.env: string values, deletes, descriptor rules, its own prototype.
'use strict';
process.env.FOO_N4J = 1;
console.log(typeof process.env.FOO_N4J, process.env.FOO_N4J);
process.env.FOO_N4J = undefined;
console.log(process.env.FOO_N4J);
delete process.env.FOO_N4J;
console.log('FOO_N4J' in process.env, process.env.FOO_N4J);
process.env.B = true; console.log(process.env.B);
try { process.env[Symbol('x')] = 1 } catch (e) { console.log(e.name, e.message) }
try { Object.defineProperty(process.env, 'G', { get() { return 1 } }) } catch (e) { console.log(e.name, e.code, e.message) }
try { Object.defineProperty(process.env, 'H', { value: 1, enumerable: false }) ; console.log(Object.getOwnPropertyDescriptor(process.env, 'H')) } catch (e) { console.log(e.name, e.code, e.message) }
try { Object.defineProperty(process.env, 'I', { value: 1 }) } catch (e) { console.log(e.name, e.code, e.message) }
console.log(typeof process.env.PATH, Object.keys(process.env).includes('PATH'));
console.log(process.env.hasOwnProperty, Object.prototype.toString.call(process.env));
console.log(process.env[Symbol.iterator], 'B' in process.env, process.env.constructor === Object);
process.env.Z = { toString() { return 'zz' } }; console.log(process.env.Z);
try { process.env.Q = Symbol('s') } catch (e) { console.log(e.name, e.message) }
