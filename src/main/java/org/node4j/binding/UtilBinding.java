package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.EngineIntrospection;

/**
 * internalBinding('util'): the engine-level facts util.inspect and util.types
 * need (promise state, proxy parts, real Error/Promise brands), answered
 * without running any user code. See {@link EngineIntrospection}.
 */
public final class UtilBinding {
    @Export
    public int getPromiseState(Value promise) {
        return EngineIntrospection.promiseState(promise);
    }

    @Export
    public Value getPromiseResult(Value promise) {
        return EngineIntrospection.promiseResult(promise);
    }

    /** Whether a then/catch has been attached to the promise by now. */
    @Export
    public boolean isPromiseHandled(Value promise) {
        return EngineIntrospection.isPromiseHandled(promise);
    }

    @Export
    public boolean isProxy(Value value) {
        return EngineIntrospection.isProxy(value);
    }

    /** The target (handler=false) or handler of a proxy; null when revoked or not a proxy. */
    @Export
    public Value getProxyPart(Value proxy, boolean handler) {
        return EngineIntrospection.proxyPart(proxy, handler);
    }

    @Export
    public boolean isNativeError(Value value) {
        return EngineIntrospection.isNativeError(value);
    }

    @Export
    public boolean isPromise(Value value) {
        return EngineIntrospection.isPromise(value);
    }

    /**
     * Calls sink(key, value) for what a Map/Set iterator has left; returns
     * 1 (keys), 2 (values), 3 (key-value pairs) or -1 (not an iterator).
     */
    @Export
    public int previewEntries(Value object, Value sink) {
        return EngineIntrospection.previewEntries(object, sink);
    }

    /** Whether the queries above see the engine (false: fall back to JS approximations). */
    @Export
    public boolean available() {
        return EngineIntrospection.available();
    }
}
