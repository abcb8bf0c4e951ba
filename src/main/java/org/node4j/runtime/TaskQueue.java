package org.node4j.runtime;

import org.graalvm.polyglot.HostAccess.Export;

/**
 * Flags the JS task queues raise so that Java knows, without calling into JS,
 * whether ticks or promise rejections wait to be processed (Node's tickInfo).
 */
public final class TaskQueue {
    private boolean hasTickScheduled;
    private boolean hasRejectionToWarn;

    @Export
    public void setHasTickScheduled(boolean value) {
        hasTickScheduled = value;
    }

    @Export
    public void setHasRejectionToWarn(boolean value) {
        hasRejectionToWarn = value;
    }

    boolean needsProcessing() {
        return hasTickScheduled || hasRejectionToWarn;
    }
}
