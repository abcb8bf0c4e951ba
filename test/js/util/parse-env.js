'use strict';
// util.parseEnv: Node's .env dialect, quirks included (sorted keys, no trim
// after comments, unclosed quotes, export prefix, keys without values).
const { parseEnv } = require('util');
const cases = [
  'A=1\nB = two words # comment\nC="x\\ny"\nD=\'raw\\n\'\nE=`tick`',
  'export K = v\n   SPACED = value  \nEMPTY=\nQ="unclosed\nNEXT=1',
  '#c\n #indented=1\nA=1\n\n #again=2',
  'NOEQ\nX=1\nlast line without equals',
  'Z=1\na=2\nB=3\n__proto__=4\né=5',
  'MULTI="line1\nline2"\nS=\'a\nb\'\r\nW=1\r\n',
  '=value\nK="a" trailing\nL=\'\'\nM=""',
];
for (const c of cases) console.log(JSON.stringify(parseEnv(c)));
try { parseEnv(1); } catch (e) { console.log(e.code, e.message); }
