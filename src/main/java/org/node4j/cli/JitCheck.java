package org.node4j.cli;

import java.io.PrintStream;

import org.graalvm.polyglot.Engine;

/**
 * GraalJS silently falls back to its interpreter (20-150x slower) when the Graal
 * compiler is missing or newer than the JDK. node4j refuses that unless asked.
 */
final class JitCheck {
    private JitCheck() {}

    static boolean ok(Engine engine, PrintStream err) {
        String impl = engine.getImplementationName();
        if (!"Interpreted".equalsIgnoreCase(impl)) return true;
        if ("1".equals(System.getenv("NODE4J_ALLOW_INTERPRETER"))) return true;
        err.println("node4j: the Graal JIT compiler is not active (engine: " + impl + "), so JavaScript would run"
                + " 20-150x slower.\nnode4j: start node4j with bin/node4j, which puts the compiler jar on"
                + " the module path of the runtime image bin/make-runtime builds and enables JVMCI; set NODE4J_ALLOW_INTERPRETER=1 to run interpreted anyway.");
        return false;
    }
}
