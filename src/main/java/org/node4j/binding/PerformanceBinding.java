package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.node4j.loop.Loop;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('performance'): the loop's milestones and idle time behind
 * performance.nodeTiming and eventLoopUtilization(). Times are ms on the loop's
 * hr clock, the clock performance.now() reads.
 */
public final class PerformanceBinding {
    private final Loop loop;

    PerformanceBinding(Isolate isolate) {
        this.loop = isolate.loop();
    }

    @Export
    public double now() {
        return loop.hrNowMillis();
    }

    @Export
    public double loopStart() {
        return loop.loopStartMillis();
    }

    @Export
    public double idleTime() {
        return loop.idleMillis();
    }

    @Export
    public double loopCount() {
        return loop.iterations();
    }

    @Export
    public double events() {
        return loop.events();
    }
}
