'use strict';
// Flags: --env-file=env-file.env
// Env: PRESET=from-env
// --env-file fills process.env before the program runs; the environment wins.
console.log(JSON.stringify([process.env.FROM_FILE, process.env.EXPORTED, process.env.PRESET, process.env.MULTI]));
process.loadEnvFile('env-file.env');
try { process.loadEnvFile('missing.env'); } catch (e) { console.log(e.code, e.syscall); }
try { process.loadEnvFile(1); } catch (e) { console.log(e.code); }
