// fs.cpSync/cp/promises.cp: directories need recursive, src/dest checks
// (same, subdirectory of self, dir over file and back), errorOnExist/force,
// filters (sync and async), symlinks resolved to absolute targets.
'use strict';
const os = require('os');
const path = require('path');
const root = require('fs').mkdtempSync(path.join(os.tmpdir(), 'node4j-cp-'));
process.chdir(root);
require('fs').mkdirSync('src/sub', { recursive: true });
require('fs').writeFileSync('src/a.txt', 'hi\n');
require('fs').writeFileSync('src/sub/b.txt', 'x\n');
require('fs').symlinkSync('a.txt', 'src/link');
require('fs').writeFileSync('file', '');
process.on('exit', () => require('fs').rmSync(root, { recursive: true }));
const fs=require("fs");
const t=(f)=>{ try { f(); console.log("ok") } catch(e) { console.log(e.name, e.code, e.message, e.errno, e.syscall, e.path) } };
t(()=>fs.cpSync("src","dst"));
t(()=>fs.cpSync("src","src",{recursive:true}));
t(()=>fs.cpSync("src","src/sub/x",{recursive:true}));
t(()=>fs.cpSync("src","file",{recursive:true}));
t(()=>fs.cpSync("file","src",{recursive:true}));
t(()=>fs.cpSync("src","dst",{recursive:true}));
console.log(fs.readdirSync("dst", {recursive:true}), fs.readlinkSync("dst/link").replace(root, "<root>"));
t(()=>fs.cpSync("src/a.txt","dst/a.txt",{errorOnExist:true, force:false}));
t(()=>fs.cpSync("src/a.txt","dst/a.txt",{errorOnExist:false, force:false}));
t(()=>fs.cpSync("nope","x"));
t(()=>fs.cpSync("src","dst2",{recursive:true, filter:(s,d)=>!s.endsWith("b.txt")}));
console.log(fs.readdirSync("dst2", {recursive:true}));
t(()=>fs.cpSync("src","dst3",{recursive:true, filter: 1}));
fs.cp("src","dst4",{recursive:true},(e)=>{ console.log("cb",e, fs.readdirSync("dst4").sort());
fs.promises.cp("src/a.txt","dst5.txt").then(()=>console.log("promise", fs.readFileSync("dst5.txt","utf8")));
fs.promises.cp("src","dst6",{recursive:true, filter: async (s) => !s.endsWith('sub')}).then(()=>console.log("async filter", fs.readdirSync("dst6").sort()));
});
