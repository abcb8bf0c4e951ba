package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.loop.Loop;
import org.node4j.loop.TimerHandle;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('timers'): the loop's single timer and its check phase. The JS
 * side (lib/internal/timers.js) keeps the lists of Timeouts and Immediates.
 */
public final class TimersBinding {
    private final Isolate isolate;
    private final Loop loop;

    TimersBinding(Isolate isolate) {
        this.isolate = isolate;
        this.loop = isolate.loop();
    }

    /** processImmediate() runs in the check phase; processTimers(now) returns the next expiry. */
    @Export
    public void setupTimers(Value processImmediate, Value processTimers) {
        loop.check().setCallback(() -> {
            Value more = isolate.callback(processImmediate);
            return more == null || more.asBoolean();
        });
        loop.timer().setCallback(now -> {
            Value next = isolate.callback(processTimers, now);
            return next == null || !next.fitsInLong() ? TimerHandle.RUN_AGAIN : next.asLong();
        });
    }

    /** Like Node's GetNow: refreshes the loop's cached time first, so timers start from "now". */
    @Export
    public double getLibuvNow() {
        loop.updateTime();
        return loop.now();
    }

    /** Fine-grained loop time for performance.now(), in ms. */
    @Export
    public double hrtimeMillis() {
        return loop.hrNowMillis();
    }

    @Export
    public void scheduleTimer(double durationMillis) {
        loop.timer().start(loop.now() + Math.max(1, (long) durationMillis));
    }

    @Export
    public void toggleTimerRef(boolean refd) {
        loop.timer().setRef(refd);
    }

    @Export
    public void toggleImmediateRef(boolean refd) {
        loop.check().setRef(refd);
    }

    @Export
    public void toggleImmediatePending(boolean pending) {
        loop.check().setPending(pending);
    }
}
