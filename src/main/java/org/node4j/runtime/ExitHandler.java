package org.node4j.runtime;

/**
 * What process.reallyExit does. The command line ends the JVM; an embedding Java
 * program (or the batch runner) usually ends only the isolate:
 * {@link #STOP_ISOLATE}.
 */
@FunctionalInterface
public interface ExitHandler {
    void exit(Isolate isolate, int code);

    /** End the isolate, not the process: {@link Isolate#run} returns the code. */
    ExitHandler STOP_ISOLATE = Isolate::stop;
}
