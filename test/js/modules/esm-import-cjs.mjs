// Importing CommonJS from ESM: default is module.exports; named exports are
// found by static analysis (exports.x =, module.exports = { ... }, __esModule,
// TypeScript __exportStar, module.exports = require(...)); names assigned
// dynamically only show up on the default export.
import props, { a, b, c } from './fixtures/esm/cjs-shapes/exports-props.js';
import literal, * as literalNs from './fixtures/esm/cjs-shapes/object-literal.js';
import fn, { extra } from './fixtures/esm/cjs-shapes/function.js';
import babel, * as babelNs from './fixtures/esm/cjs-shapes/babel.js';
import * as ts from './fixtures/esm/cjs-shapes/ts-reexport.js';
import * as reexported from './fixtures/esm/cjs-shapes/reexport-require.js';
import * as dynamic from './fixtures/esm/cjs-shapes/dynamic.js';
import * as getter from './fixtures/esm/cjs-shapes/getter.js';
import * as cjsFile from './fixtures/esm/cjs-for-esm.cjs';
const show = (label, ns) => console.log(label.padEnd(12), Object.keys(ns), ns.default === ns['module.exports']);
console.log(props, a, b, c);
show('props', await import('./fixtures/esm/cjs-shapes/exports-props.js'));
console.log(literal, literalNs.a, literalNs.b(), literalNs['quoted-name']);
show('literal', literalNs);
console.log(fn(), extra, typeof fn);
console.log(babel, babelNs.named, babelNs.default === babel);
show('babel', babelNs);
show('ts', ts);
console.log(ts.a, ts.own, ts.__esModule);
show('reexport', reexported);
show('dynamic', dynamic);
console.log(dynamic.default.x, dynamic.x);
show('getter', getter);
show('cjs file', cjsFile);
// The namespace is a snapshot of the detected names; default stays live.
props.a = 'changed later';
console.log(a, props.a, (await import('./fixtures/esm/cjs-shapes/exports-props.js')).a);
