package org.node4j.runtime;

/**
 * What process.reallyExit does. The command line ends the JVM; an embedding Java
 * program may choose to only stop the isolate.
 */
@FunctionalInterface
public interface ExitHandler {
    void exit(int code);
}
