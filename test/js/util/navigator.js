'use strict';
// Env: LANG=de_DE.UTF-8
// The navigator global: a lazy getter, accessors on the prototype, no constructor.
const d = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
console.log(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
const proto = Object.getPrototypeOf(navigator);
for (const k of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  const pd = Object.getOwnPropertyDescriptor(proto, k);
  console.log(k, typeof pd.get, pd.set, pd.enumerable, pd.configurable);
}
console.log(navigator, navigator.language, navigator.languages, Object.isFrozen(navigator.languages));
console.log(navigator.userAgent, navigator.platform, navigator.hardwareConcurrency > 0);
try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }
try { globalThis.navigator = 1; } catch (e) { console.log(e.name, 'on assignment'); }
console.log(typeof navigator);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Navigator').enumerable, String(navigator));
