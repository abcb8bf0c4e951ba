// The module object: id, filename, path, loaded, parent, children, paths, and
// require.main.
const path = require('path');
console.log(module.id, path.relative(__dirname, module.filename), module.path === __dirname);
console.log(module.loaded, module.parent, require.main === module, module.children.length);
console.log(module.paths.slice(0, 3));
console.log(module.paths.at(-1));
const parentInfo = require('./fixtures/cjs/info/parent.js');
const { self, ...rest } = parentInfo;
console.log(rest);
console.log(self.parent === module, module.children[module.children.length - 1] === self);
console.log(self.loaded, self.children[0].loaded, self.children[0].parent === self);
console.log(module.children.map((m) => path.relative(__dirname, m.filename)));
console.log(typeof module.require, module.require('./fixtures/cjs/ext/a') === require('./fixtures/cjs/ext/a'));
console.log(module.constructor === require('module'), module instanceof require('module'));
console.log(Object.keys(module).sort());
setImmediate(() => console.log('after the main module ran: module.loaded =', module.loaded));
