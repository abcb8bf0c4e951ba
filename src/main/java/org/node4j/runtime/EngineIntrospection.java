package org.node4j.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

import org.graalvm.polyglot.Value;

/**
 * What V8 tells node about objects and no JavaScript can ask without side
 * effects: a promise's state and result, a proxy's target and handler, whether
 * an object is a real Error or Promise (without running proxy traps or getters).
 * util.inspect and util.types need these.
 *
 * <p>The polyglot API has no such queries, so this reads the engine's own
 * objects: a {@link Value}'s receiver is GraalJS's object (JSPromiseObject,
 * JSProxyObject, ...), and a result goes back into the context through the
 * polyglot context's asValue. The launcher opens exactly the packages this
 * needs (--add-opens/--add-exports in bin/node4j). If a GraalJS update moves
 * them, every query reports "unknown" (state -1, null) and node4j keeps
 * running with the old approximations.
 */
public final class EngineIntrospection {
    /** V8's numbering, which node's inspect uses: kPending, kFulfilled, kRejected. */
    public static final int UNKNOWN = -1;

    private static final String BUILTINS = "com.oracle.truffle.js.runtime.builtins.";
    private static final Field RECEIVER;
    private static final Field LANGUAGE_CONTEXT;
    private static final Method AS_VALUE;
    private static final MethodHandle PROMISE_STATE;
    private static final MethodHandle PROMISE_RESULT;
    private static final MethodHandle PROXY_TARGET;
    private static final MethodHandle PROXY_HANDLER;
    private static final int FULFILLED;
    private static final int REJECTED;
    private static final boolean AVAILABLE;

    static {
        Field receiver = null;
        Field languageContext = null;
        Method asValue = null;
        MethodHandle promiseState = null;
        MethodHandle promiseResult = null;
        MethodHandle proxyTarget = null;
        MethodHandle proxyHandler = null;
        int fulfilled = 1;
        int rejected = 2;
        boolean available = false;
        try {
            Class<?> abstractValue = Class.forName("org.graalvm.polyglot.AbstractValue");
            receiver = abstractValue.getDeclaredField("receiver");
            receiver.setAccessible(true);
            languageContext = abstractValue.getDeclaredField("context");
            languageContext.setAccessible(true);
            Class<?> polyglotContext = Class.forName("com.oracle.truffle.polyglot.PolyglotLanguageContext", false,
                    ModuleLayer.boot().findLoader("org.graalvm.truffle"));
            asValue = polyglotContext.getDeclaredMethod("asValue", Object.class);
            asValue.setAccessible(true);
            ClassLoader jsLoader = ModuleLayer.boot().findLoader("org.graalvm.js");
            Class<?> promiseClass = Class.forName(BUILTINS + "JSPromiseObject", false, jsLoader);
            Class<?> proxyClass = Class.forName(BUILTINS + "JSProxyObject", false, jsLoader);
            Class<?> promiseStatics = Class.forName(BUILTINS + "JSPromise", false, jsLoader);
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            promiseState = lookup.findVirtual(promiseClass, "getPromiseState", MethodType.methodType(int.class));
            promiseResult = lookup.findVirtual(promiseClass, "getPromiseResult", MethodType.methodType(Object.class));
            proxyTarget = lookup.findVirtual(proxyClass, "getProxyTarget", MethodType.methodType(Object.class));
            proxyHandler = lookup.findVirtual(proxyClass, "getProxyHandler",
                    MethodType.methodType(Class.forName("com.oracle.truffle.js.runtime.objects.JSDynamicObject", false, jsLoader)));
            fulfilled = promiseStatics.getField("FULFILLED").getInt(null);
            rejected = promiseStatics.getField("REJECTED").getInt(null);
            available = true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            available = false;
        }
        RECEIVER = receiver;
        LANGUAGE_CONTEXT = languageContext;
        AS_VALUE = asValue;
        PROMISE_STATE = promiseState;
        PROMISE_RESULT = promiseResult;
        PROXY_TARGET = proxyTarget;
        PROXY_HANDLER = proxyHandler;
        FULFILLED = fulfilled;
        REJECTED = rejected;
        AVAILABLE = available;
    }

    private EngineIntrospection() {}

    public static boolean available() {
        return AVAILABLE;
    }

    /** GraalJS's own object behind a value, or null. */
    private static Object engineObject(Value value) {
        if (!AVAILABLE || value == null) return null;
        try {
            return RECEIVER.get(value);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static boolean isEngineClass(Object object, String simpleName) {
        return object != null && object.getClass().getName().equals(BUILTINS + simpleName);
    }

    /** Brings an engine object back into the context that `origin` belongs to. */
    private static Value toValue(Value origin, Object engineObject) {
        try {
            return (Value) AS_VALUE.invoke(LANGUAGE_CONTEXT.get(origin), engineObject);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    public static boolean isPromise(Value value) {
        return isEngineClass(engineObject(value), "JSPromiseObject");
    }

    public static boolean isProxy(Value value) {
        return isEngineClass(engineObject(value), "JSProxyObject");
    }

    public static boolean isNativeError(Value value) {
        return isEngineClass(engineObject(value), "JSErrorObject");
    }

    /** 0 pending, 1 fulfilled, 2 rejected; -1 when not a promise or not knowable. */
    public static int promiseState(Value value) {
        Object promise = engineObject(value);
        if (!isEngineClass(promise, "JSPromiseObject")) return UNKNOWN;
        try {
            int state = (int) PROMISE_STATE.invoke(promise);
            if (state == FULFILLED) return 1;
            if (state == REJECTED) return 2;
            return 0;
        } catch (Throwable e) {
            return UNKNOWN;
        }
    }

    /** The value a settled promise holds, or null. */
    public static Value promiseResult(Value value) {
        Object promise = engineObject(value);
        if (!isEngineClass(promise, "JSPromiseObject")) return null;
        try {
            Object result = PROMISE_RESULT.invoke(promise);
            return result == null ? null : toValue(value, result);
        } catch (Throwable e) {
            return null;
        }
    }

    /** A proxy's target (null once revoked) or, with handler=true, its handler. */
    public static Value proxyPart(Value value, boolean handler) {
        Object proxy = engineObject(value);
        if (!isEngineClass(proxy, "JSProxyObject")) return null;
        try {
            Object part = handler ? PROXY_HANDLER.invoke(proxy) : PROXY_TARGET.invoke(proxy);
            return part == null ? null : toValue(value, part);
        } catch (Throwable e) {
            return null;
        }
    }
}
