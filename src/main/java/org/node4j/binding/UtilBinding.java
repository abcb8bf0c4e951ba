package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.ErrnoException;
import org.node4j.posix.FileCalls;
import org.node4j.posix.Libc;
import org.node4j.posix.Pipes;
import org.node4j.runtime.EngineIntrospection;

/**
 * internalBinding('util'): the engine-level facts util.inspect and util.types
 * need (promise state, proxy parts, real Error/Promise brands), answered
 * without running any user code. See {@link EngineIntrospection}.
 */
public final class UtilBinding {
    /**
     * libuv's uv_guess_handle: "TTY", "FILE" (regular files and other character
     * devices such as /dev/null), "PIPE" (FIFOs, Unix stream sockets), "TCP",
     * "UDP", or "UNKNOWN" (a closed fd among others). process.stdin and the
     * stdio streams are built after it.
     */
    @Export
    public String guessHandleType(int fd) {
        if (fd < 0) return "INVALID";
        if (Libc.isatty(fd)) return "TTY";
        long mode;
        try {
            mode = FileCalls.stat(null, fd, false, "fstat")[1];
        } catch (ErrnoException e) {
            return "UNKNOWN";
        }
        long type = mode & 0170000;
        if (type == 0100000 || type == 0020000) return "FILE";   // S_IFREG, S_IFCHR
        if (type == 0010000) return "PIPE";                      // S_IFIFO
        if (type == 0140000) {                                   // S_IFSOCK
            String kind = Pipes.socketKind(fd);
            return kind == null ? "UNKNOWN" : kind;
        }
        return "UNKNOWN";
    }

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
