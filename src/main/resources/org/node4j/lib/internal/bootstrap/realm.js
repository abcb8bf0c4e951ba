// The first script node4j runs. It is evaluated as a function of the Java
// BootstrapHost and returns the entry points Java calls (runtime below).
// Here live the two loaders every other lib/ file depends on:
// internalBinding(name) for Java bindings and the builtin module loader.
(function bootstrapRealm(host) {
  'use strict';

  const bindings = { __proto__: null };
  function internalBinding(name) {
    let binding = bindings[name];
    if (binding === undefined) {
      binding = host.binding(name);
      if (binding == null) throw new Error(`No such binding: ${name}`);
      moduleLoadList.push(`Internal Binding ${name}`);
      bindings[name] = binding;
    }
    return binding;
  }

  // Builtin modules: lib/<id>.js, compiled once, wrapped like CommonJS with
  // internalBinding as an extra parameter.
  const builtins = new Map();
  // process.moduleLoadList: what startup and the program loaded, in order.
  const moduleLoadList = [];
  class BuiltinModule {
    constructor(id) {
      this.id = id;
      this.filename = `node:${id}`;
      this.exports = {};
      this.loaded = false;
    }

    static exists(id) {
      return builtins.has(id) || host.source(id) != null;
    }

    // Whether user code may require(id): public modules only.
    static canBeRequiredByUsers(id) {
      return !id.startsWith('internal/') && BuiltinModule.exists(id);
    }

    static require(id) {
      let mod = builtins.get(id);
      if (mod !== undefined) return mod.exports;
      const source = host.source(id);
      if (source == null) {
        const err = new Error(`No such built-in module: ${id}`);
        err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
        throw err;
      }
      mod = new BuiltinModule(id);
      builtins.set(id, mod);
      moduleLoadList.push(`NativeModule ${id}`);
      const wrapper = host.compile(
        `(function (exports, require, module) {${source}\n})`, mod.filename);
      try {
        wrapper.call(mod.exports, mod.exports, BuiltinModule.require, mod);
      } catch (err) {
        builtins.delete(id);
        throw err;
      }
      mod.loaded = true;
      return mod.exports;
    }
  }

  // Promise rejections are reported by GraalJS after each microtask checkpoint.
  // The hook is reachable only through the Graal global, which user code must not see.
  const setRejectionHandler = globalThis.Graal.setUnhandledPromiseRejectionHandler;
  delete globalThis.Graal;
  // vm makes its contexts with GraalJS's V8-style Realm object (Realm.create(),
  // Realm.global(id), Realm.eval(id, code)); user code must not see it.
  // A realm's own load({script, name}) runs a script there under a file name.
  const Realm = globalThis.Realm;
  delete globalThis.Realm;
  delete globalThis.load;
  delete globalThis.loadWithNewGlobal;

  const loaderExports = {
    internalBinding,
    BuiltinModule,
    taskQueueFlags: host.taskQueue(),
    moduleLoadList,
    setRejectionHandler,
    Realm,
    compile: (text, name) => host.compile(text, name),
    // Wrapped user code: the user's text ends at userEnd (for syntax error messages).
    compileWrapped: (text, name, userEnd) => host.compileWrapped(text, name, userEnd),
    // Builtin source text with the wrapper's first line as the engine saw it.
    sourceOf(id) {
      const text = host.source(id);
      return text == null ? undefined :
        `(function (exports, require, module) {${text}\n})`;
    },
  };
  builtins.set('internal/bootstrap/realm', { id: 'internal/bootstrap/realm', exports: loaderExports, loaded: true });

  return BuiltinModule.require('internal/bootstrap/node');
})
