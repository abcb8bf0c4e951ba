// showHidden lists what user-made prototypes add (getters as [name], data,
// never methods), up to the first builtin prototype; getters run on the object.
const util=require("util");
class A { foo() {} get g() { return 1 } static s() {} }
A.prototype.data = 5;
class B extends A { bar() {} get h() { return this.x } }
const b = new B(); b.x = 2;
console.log(util.inspect(b, { showHidden: true }));
console.log(util.inspect(b, { showHidden: true, getters: true }));
console.log(util.inspect(new A(), { showHidden: true }));
console.log(util.inspect({ o: b }, { showHidden: true, depth: 0 }));
class C extends Map { get z() { return 1 } }
console.log(util.inspect(new C([[1,2]]), { showHidden: true }));
const o = Object.create({ inheritedData: 1, inheritedFn() {} }); o.own = 1;
console.log(util.inspect(o, { showHidden: true }));
console.log(util.inspect([1,2], { showHidden: true }), util.inspect(new Error('e'), { showHidden: true }).split('\n')[0], util.inspect({a:1}, {showHidden:true}));
class D extends Array { get q() { return 1 } }
console.log(util.inspect(D.from([1]), { showHidden: true }), util.inspect(b, { showHidden: true, colors: true }));
