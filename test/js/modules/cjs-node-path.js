// Env: NODE_PATH=fixtures/node-path:fixtures/does-not-exist
// NODE_PATH directories are searched after every node_modules directory (and
// before the global folders); relative entries are kept as written and so
// resolve against the current directory.
const path = require('path');
const Module = require('module');
console.log(process.env.NODE_PATH);
console.log(require('./fixtures/node-path-user/use.js'));
console.log(path.relative(__dirname, require.resolve('from-node-path')));
const paths = require.resolve.paths('from-node-path');
const relativeEntries = paths.filter((p) => !path.isAbsolute(p));
console.log(relativeEntries);
console.log(paths.indexOf(relativeEntries[0]) === paths.indexOf('/node_modules') + 1);
console.log(module.paths.some((p) => !path.isAbsolute(p)));
console.log(Module.globalPaths.slice(0, 2));
