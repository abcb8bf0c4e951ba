// Flags: --preserve-symlinks
// With --preserve-symlinks the link path is the module identity: __filename
// is the link path, dependencies resolve next to the link, and each link is a
// separate instance.
console.log(require('./fixtures/symlink/app/main.js'));
console.log(process.execArgv);
