package org.node4j.runtime;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * The only Java object the bootstrap script receives: how to read and compile
 * builtin sources and how to reach a binding. lib/ code sees it only through
 * internalBinding() and the builtin module loader.
 */
public final class BootstrapHost {
    private final Isolate isolate;

    BootstrapHost(Isolate isolate) {
        this.isolate = isolate;
    }

    @Export
    public String source(String id) {
        return isolate.sources().source(id);
    }

    @Export
    public Value compile(String text, String name) {
        return isolate.compile(text, name);
    }

    /** compile() for wrapped user code: the user's text ends at userEnd. */
    @Export
    public Value compileWrapped(String text, String name, int userEnd) {
        return isolate.compile(text, name, userEnd);
    }

    @Export
    public Object binding(String name) {
        return isolate.binding(name);
    }

    @Export
    public Object taskQueue() {
        return isolate.taskQueue();
    }
}
