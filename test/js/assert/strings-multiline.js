// Messages for strings that inspect splits over several lines.
'use strict';
const assert = require('assert');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.message); console.log('----'); } }
const s1 = Array.from({ length: 10 }, (_, i) => `line number ${i}`).join('\n');
const s2 = s1.replace('line number 5', 'LINE 5');
t(() => assert.strictEqual(s1, s2));
t(() => assert.deepStrictEqual({ s: s1 }, { s: s2 }));
t(() => assert.strictEqual('x'.repeat(200), 'y'));
t(() => assert.deepStrictEqual([s1], [s2]));
t(() => assert.strictEqual(s1, 5));
t(() => assert.notStrictEqual(s1, s1));
t(() => assert.notDeepStrictEqual({ s: s1 }, { s: s1 }));
t(() => assert.strictEqual('a'.repeat(30) + '\n' + 'b'.repeat(30), 'a'.repeat(30) + '\n' + 'c'.repeat(30)));
t(() => assert.deepStrictEqual({ s: 'line1\nline2' }, { s: 'line1\nline3' }));
t(() => assert.strictEqual(s1 + '\nextra line here', s1));
t(() => assert.strictEqual('x'.repeat(600), 'y'.repeat(600)));
t(() => assert.notStrictEqual('x'.repeat(600), 'x'.repeat(600)));
