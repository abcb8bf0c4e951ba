package org.node4j.cli;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.graalvm.polyglot.Engine;
import org.node4j.posix.ErrnoException;
import org.node4j.posix.FileCalls;
import org.node4j.posix.Libc;
import org.node4j.posix.StdioModes;
import org.node4j.runtime.ExitHandler;
import org.node4j.runtime.Isolate;

/**
 * Runs many scripts one after another in one JVM, each in its own isolate on one
 * shared engine, so JVM start, engine start and the parsing and compiling of
 * node4j's JS library are paid once instead of per script (Node's test suite:
 * ~3 s of CPU per test alone, a few hundred ms in a warm batch). Started by
 * {@code NODE4J_MAIN=org.node4j.cli.Batch bin/node4j}; test/node-suite/run-suite
 * --batch drives it.
 *
 * <p>Protocol. stdin carries requests, stdout the answers. A request is a line
 * with the byte length of its payload, then the payload: NUL-separated fields,
 * the script path, its working directory, the files its stdout and stderr go
 * to, then its whole environment as K=V fields. The answer is a line with the script's exit code.
 *
 * <p>Each script gets what a fresh process would: fd 0 /dev/null, fds 1 and 2
 * its own files, its working directory, the batch's umask, its own process.env.
 * What one script cannot reset (signal handlers it installed, threads it left,
 * a JVM it broke) is the driver's concern: it reruns whatever fails here alone.
 */
public final class Batch {
    private Batch() {}

    public static void main(String[] argv) throws IOException {
        SignalDefaults.install();
        // Scripts here must not change who the shared process is (see ProcessBinding.setId).
        System.setProperty("node4j.batch", "true");
        String execPath = System.getProperty("node4j.execPath", "node4j");
        // Own handles on the request and answer pipes, then fds 0 and 1 belong to the scripts.
        InputStream requests = new BufferedInputStream(new FileInputStream("/proc/self/fd/0"));
        OutputStream answers = new FileOutputStream("/proc/self/fd/1");
        PrintStream log = new PrintStream(new FileOutputStream("/proc/self/fd/2"), true, StandardCharsets.UTF_8);
        redirect("/dev/null", 0, false);
        redirect("/dev/null", 1, true);
        int umask = Libc.umask(0);
        Libc.umask(umask);

        Engine engine = Isolate.newEngine();
        if (!JitCheck.ok(engine, log)) Main.halt(1);
        byte[] request;
        while ((request = readRequest(requests)) != null) {
            String[] fields = new String(request, StandardCharsets.UTF_8).split("\0", -1);
            int code = runOne(engine, execPath, fields, umask, log);
            answers.write((code + "\n").getBytes(StandardCharsets.US_ASCII));
            answers.flush();
        }
        Main.halt(0);
    }

    private static int runOne(Engine engine, String execPath, String[] fields, int umask, PrintStream log) {
        String script = fields[0];
        Map<String, String> env = new HashMap<>();
        for (int i = 4; i < fields.length; i++) {
            int eq = fields[i].indexOf('=');
            if (eq > 0) env.put(fields[i].substring(0, eq), fields[i].substring(eq + 1));
        }
        Libc.umask(umask);
        redirect(fields[2], 1, true);
        redirect(fields[3], 2, true);
        if (Libc.chdir(fields[1]) != 0) {
            System.err.println("node4j batch: cannot enter " + fields[1]);
            return 70;
        }
        try {
            CommandLine.Parsed parsed = CommandLine.parse(execPath,
                    CommandLine.splitNodeOptions(env.get("NODE_OPTIONS")), new String[] {script});
            try (Isolate isolate = new Isolate(engine, parsed.options(), env, ExitHandler.STOP_ISOLATE)) {
                return isolate.run();
            }
        } catch (CommandLine.BadOption e) {
            System.err.println(execPath + ": bad option: " + e.getMessage());
            return 9;
        } catch (RuntimeException e) {
            // A node4j bug outside JS: this script fails; the next gets a fresh isolate.
            log.println("node4j batch: " + script + ": " + e);
            return 70;
        } finally {
            System.out.flush();
            System.err.flush();
            StdioModes.restoreAll();
            // Whatever the script's leftover threads print later is not the next script's.
            redirect("/dev/null", 1, true);
            redirect("/dev/null", 2, true);
        }
    }

    /** Point fd {@code target} at {@code path} (created or truncated when writing). */
    private static void redirect(String path, int target, boolean write) {
        int flags = write ? 01 | 0100 | 01000 : 0; // O_WRONLY|O_CREAT|O_TRUNC : O_RDONLY
        try {
            int fd = FileCalls.open(path, flags, 0644);
            Libc.dup2(fd, target);
            FileCalls.close(fd);
        } catch (ErrnoException e) {
            throw new IllegalStateException("cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    /** The next request's payload, or null at the end of the requests. */
    private static byte[] readRequest(InputStream in) throws IOException {
        StringBuilder length = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) return null;
            length.append((char) c);
        }
        return in.readNBytes(Integer.parseInt(length.toString().trim()));
    }
}
