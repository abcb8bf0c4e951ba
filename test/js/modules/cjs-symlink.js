// A symlinked package (app/node_modules/linked -> ../../real/pkg) runs from
// its real path: __filename, the cache key and the packages it requires all
// follow the real location, and two links to it share one instance.
console.log(require('./fixtures/symlink/app/main.js'));
