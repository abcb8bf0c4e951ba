package org.node4j.loop;

/**
 * The one native timer behind all JS timers. As in Node, the JS side keeps the
 * timer lists and asks for a single wake-up at the earliest expiry; when it
 * fires, the callback returns the next expiry (0: none, negative: unref'd).
 */
public final class TimerHandle {
    /** Called with the loop time; returns the next expiry as Node's processTimers does, or {@link #RUN_AGAIN}. */
    public interface Callback {
        long fire(long now);
    }

    /** The callback ran one timer and wants to be called again before the loop moves on. */
    public static final long RUN_AGAIN = Long.MIN_VALUE;

    private Callback callback;
    private long due = -1;
    private boolean refd = true;

    public void setCallback(Callback callback) {
        this.callback = callback;
    }

    public void start(long due) {
        this.due = due;
    }

    public void stop() {
        due = -1;
    }

    public void setRef(boolean refd) {
        this.refd = refd;
    }

    public boolean isActive() {
        return due >= 0;
    }

    boolean isActiveAndRefd() {
        return due >= 0 && refd;
    }

    long due() {
        return due;
    }

    void runIfDue(long now) {
        if (due < 0 || due > now || callback == null) return;
        due = -1;
        long next;
        do {
            next = callback.fire(now);
        } while (next == RUN_AGAIN);
        if (next != 0) {
            refd = next > 0;
            // The JS side may already have re-armed the timer during the callback.
            due = due < 0 ? Math.abs(next) : Math.min(due, Math.abs(next));
        }
    }
}
