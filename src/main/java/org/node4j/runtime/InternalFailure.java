package org.node4j.runtime;

import org.graalvm.polyglot.PolyglotException;

/**
 * An exception that escaped the JS error handling: a bug in node4j, not in the
 * user's program. It is reported as one readable line, never a Java stack trace
 * (set NODE4J_DEBUG=1 to see the trace).
 */
final class InternalFailure {
    private InternalFailure() {}

    static int report(PolyglotException e) {
        if (e.isExit()) return e.getExitStatus();
        System.out.flush();
        System.err.println("node4j: internal error: " + e.getMessage());
        if (System.getenv("NODE4J_DEBUG") != null) e.printStackTrace();
        return e.isInternalError() ? 70 : 1;
    }
}
