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
    private static final MethodHandle PROMISE_HANDLED;
    private static final MethodHandle PROXY_TARGET;
    private static final MethodHandle PROXY_HANDLER;
    private static final MethodHandle ITERATION_KIND;
    private static final MethodHandle ITERATED_OBJECT;
    private static final MethodHandle NEXT_INDEX;
    private static final MethodHandle CURSOR_COPY;
    private static final MethodHandle CURSOR_ADVANCE;
    private static final MethodHandle CURSOR_KEY;
    private static final MethodHandle CURSOR_VALUE;
    private static final int FULFILLED;
    private static final int REJECTED;
    private static final boolean AVAILABLE;

    static {
        Field receiver = null;
        Field languageContext = null;
        Method asValue = null;
        MethodHandle promiseState = null;
        MethodHandle promiseResult = null;
        MethodHandle promiseHandled = null;
        MethodHandle proxyTarget = null;
        MethodHandle proxyHandler = null;
        MethodHandle iterationKind = null;
        MethodHandle iteratedObject = null;
        MethodHandle nextIndex = null;
        MethodHandle cursorCopy = null;
        MethodHandle cursorAdvance = null;
        MethodHandle cursorKey = null;
        MethodHandle cursorValue = null;
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
            promiseHandled = lookup.findVirtual(promiseClass, "isHandled", MethodType.methodType(boolean.class));
            proxyTarget = lookup.findVirtual(proxyClass, "getProxyTarget", MethodType.methodType(Object.class));
            proxyHandler = lookup.findVirtual(proxyClass, "getProxyHandler",
                    MethodType.methodType(Class.forName("com.oracle.truffle.js.runtime.objects.JSDynamicObject", false, jsLoader)));
            Class<?> iteratorClass = Class.forName(BUILTINS + "JSCollectionIteratorObject", false, jsLoader);
            Class<?> cursorClass = Class.forName("com.oracle.truffle.js.runtime.util.JSHashMap$Cursor", false, jsLoader);
            iterationKind = lookup.findVirtual(iteratorClass, "getIterationKind", MethodType.methodType(int.class));
            iteratedObject = lookup.findVirtual(iteratorClass, "getIteratedObject", MethodType.methodType(Object.class));
            nextIndex = lookup.findVirtual(iteratorClass, "getNextIndex", MethodType.methodType(cursorClass));
            cursorCopy = lookup.findVirtual(cursorClass, "copy", MethodType.methodType(cursorClass));
            cursorAdvance = lookup.findVirtual(cursorClass, "advance", MethodType.methodType(boolean.class));
            cursorKey = lookup.findVirtual(cursorClass, "getKey", MethodType.methodType(Object.class));
            cursorValue = lookup.findVirtual(cursorClass, "getValue", MethodType.methodType(Object.class));
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
        PROMISE_HANDLED = promiseHandled;
        PROXY_TARGET = proxyTarget;
        PROXY_HANDLER = proxyHandler;
        ITERATION_KIND = iterationKind;
        ITERATED_OBJECT = iteratedObject;
        NEXT_INDEX = nextIndex;
        CURSOR_COPY = cursorCopy;
        CURSOR_ADVANCE = cursorAdvance;
        CURSOR_KEY = cursorKey;
        CURSOR_VALUE = cursorValue;
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

    /**
     * Whether a handler (then/catch) has been attached to the promise: a
     * rejection the engine reported as unhandled may have found one since.
     * False when not a promise or not knowable.
     */
    public static boolean isPromiseHandled(Value value) {
        Object promise = engineObject(value);
        if (!isEngineClass(promise, "JSPromiseObject")) return false;
        try {
            return (boolean) PROMISE_HANDLED.invoke(promise);
        } catch (Throwable e) {
            return false;
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

    /** What previewEntries found: nothing to show, keys only, values only, or key-value pairs. */
    public static final int PREVIEW_NONE = -1;
    public static final int PREVIEW_KEYS = 1;
    public static final int PREVIEW_VALUES = 2;
    public static final int PREVIEW_ENTRIES = 3;

    /**
     * Hands sink(key, value) what a Map/Set iterator has still to yield (without
     * advancing it), and says which of the two arguments carry data. GraalJS's
     * iteration kinds use the same numbers. WeakMap/WeakSet contents cannot be
     * listed: GraalJS stores each entry on its key object, so there is no table.
     */
    public static int previewEntries(Value object, Value sink) {
        Object engineObject = engineObject(object);
        if (engineObject == null) return PREVIEW_NONE;
        try {
            if (isEngineClass(engineObject, "JSMapIteratorObject") || isEngineClass(engineObject, "JSSetIteratorObject")) {
                boolean set = isEngineClass(engineObject, "JSSetIteratorObject");
                int kind = (int) ITERATION_KIND.invoke(engineObject);
                Object iterated = ITERATED_OBJECT.invoke(engineObject);
                Object cursor = NEXT_INDEX.invoke(engineObject);
                if (iterated == null || cursor == null || iterated.getClass().getSimpleName().equals("Undefined")) {
                    return kind;
                }
                Object copy = CURSOR_COPY.invoke(cursor);
                while ((boolean) CURSOR_ADVANCE.invoke(copy)) {
                    Object key = CURSOR_KEY.invoke(copy);
                    Object value = set ? key : CURSOR_VALUE.invoke(copy);
                    Object first = kind == PREVIEW_VALUES ? value : key;
                    sink.executeVoid(toValue(object, first), kind == PREVIEW_ENTRIES ? toValue(object, value) : null);
                }
                return kind;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            return PREVIEW_NONE;
        }
        return PREVIEW_NONE;
    }
}
