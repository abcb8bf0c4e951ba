package org.node4j.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Engine;
import org.node4j.posix.StdioModes;
import org.node4j.runtime.Isolate;
import org.node4j.runtime.NodeVersion;

/** The node4j command: parse the command line, refuse to run without the JIT, run one isolate. */
public final class Main {
    private Main() {}

    public static void main(String[] argv) {
        SignalDefaults.install();
        String execPath = System.getProperty("node4j.execPath", "node4j");
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        CommandLine.Parsed parsed;
        try {
            parsed = CommandLine.parse(execPath, CommandLine.splitNodeOptions(System.getenv("NODE_OPTIONS")), argv);
        } catch (CommandLine.BadOption e) {
            err.println(execPath + ": bad option: " + e.getMessage());
            halt(9);
            return;
        }
        if (parsed.version()) {
            System.out.println(NodeVersion.NODE);
            halt(0);
        }
        if (parsed.help()) {
            System.out.print(Help.TEXT);
            halt(0);
        }
        StartupTrace trace = new StartupTrace(err);
        Engine engine;
        try {
            engine = Isolate.newEngine();
        } catch (IllegalArgumentException e) {
            // A bad -Dpolyglot.* setting: one line, never a Java stack trace.
            err.println("node4j: " + e.getMessage());
            halt(9);
            return;
        }
        trace.mark("engine");
        if (!JitCheck.ok(engine, err)) {
            halt(1);
        }
        Isolate isolate = new Isolate(engine, parsed.options(), (self, code) -> {
            trace.mark("exit");
            halt(code);
        });
        trace.mark("context");
        int code = isolate.run();
        trace.mark("run");
        halt(code);
    }

    /**
     * End the process now, stdio modes put back (see StdioModes). Runtime.halt
     * skips shutdown hooks: everything node4j writes to stdout/stderr is already
     * written synchronously, as in Node.
     */
    static void halt(int code) {
        StdioModes.restoreAll();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }
}
