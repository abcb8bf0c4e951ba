package org.node4j.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * NODE4J_TRACE_STARTUP=1: where startup time goes, printed to stderr as
 * "phase  +ms  total ms" (the first line is the JVM's own start-up).
 */
final class StartupTrace {
    private final PrintStream out;
    private final boolean enabled = System.getenv("NODE4J_TRACE_STARTUP") != null;
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long last;

    StartupTrace(PrintStream out) {
        this.out = out;
        if (enabled) {
            long now = System.currentTimeMillis();
            out.printf("%-10s %6d ms%n", "jvm", now - jvmStart);
            last = now;
        }
    }

    void mark(String phase) {
        if (!enabled) return;
        long now = System.currentTimeMillis();
        out.printf("%-10s %6d ms  (total %d ms)%n", phase, now - last, now - jvmStart);
        last = now;
    }
}
