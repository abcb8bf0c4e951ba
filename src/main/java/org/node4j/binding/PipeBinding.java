package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('pipe_wrap'): stream handles over descriptors the process
 * already holds (a child's stdio ends come from process_wrap already wrapped).
 */
public final class PipeBinding {
    private final Isolate isolate;

    PipeBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /** Wrap fd (a pipe or socket end this process owns) as a {@link PipeHandle}. */
    @Export
    public PipeHandle open(int fd) {
        return new PipeHandle(isolate, fd);
    }
}
