package org.node4j.loop;

/**
 * The check phase: Node runs its setImmediate queue here. While a ref'd
 * immediate is queued the poll phase must not block (libuv's idle handle).
 */
public final class CheckHandle {
    /** Runs one queued immediate; true when more of the current batch remain. */
    public interface Callback {
        boolean runOne();
    }

    private Callback callback;
    private boolean pending;
    private boolean refd;

    public void setCallback(Callback callback) {
        this.callback = callback;
    }

    /** Whether immediates are queued at all, ref'd or not. */
    public void setPending(boolean pending) {
        this.pending = pending;
    }

    /** Whether a ref'd immediate is queued: keeps the loop alive and polling non-blocking. */
    public void setRef(boolean refd) {
        this.refd = refd;
    }

    boolean isRefd() {
        return refd;
    }

    void run() {
        if (!pending || callback == null) return;
        while (callback.runOne()) {
            // one immediate per call: ticks and microtasks drain in between
        }
    }
}
