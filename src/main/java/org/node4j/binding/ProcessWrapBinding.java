package org.node4j.binding;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('spawn_sync'): run a child to completion, as
 * child_process.spawnSync does — stdin fed from a buffer, stdout/stderr
 * collected (or inherited / discarded), a timeout that kills it.
 */
public final class ProcessWrapBinding {
    private static final Pattern ERROR_NUMBER = Pattern.compile("error=(\\d+)");

    ProcessWrapBinding(Isolate isolate) {}

    /** What spawnSync reports; errno is 0 unless the child could not be started (or -ETIMEDOUT). */
    public static final class Result {
        @Export public int pid;
        @Export public int status = -1;
        @Export public boolean killed;
        @Export public Object stdout;
        @Export public Object stderr;
        @Export public int errno;
    }

    /**
     * argv[0] is the file to run. stdio: "pipe", "inherit" or "ignore" for each
     * of the three streams. env: "NAME=value" strings, or null to inherit.
     */
    @Export
    public Result spawn(Value argv, String cwd, Value env, Value input, Value stdio, double timeoutMs,
                        double maxBuffer) {
        List<String> command = new ArrayList<>();
        for (long i = 0; i < argv.getArraySize(); i++) command.add(argv.getArrayElement(i).asString());
        ProcessBuilder builder = new ProcessBuilder(command);
        if (cwd != null) builder.directory(new File(cwd));
        if (env != null && !env.isNull()) {
            Map<String, String> childEnv = builder.environment();
            childEnv.clear();
            for (long i = 0; i < env.getArraySize(); i++) {
                String pair = env.getArrayElement(i).asString();
                int eq = pair.indexOf('=');
                if (eq > 0) childEnv.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        builder.redirectInput(redirect(stdio.getArrayElement(0).asString(), true));
        builder.redirectOutput(redirect(stdio.getArrayElement(1).asString(), false));
        builder.redirectError(redirect(stdio.getArrayElement(2).asString(), false));
        byte[] inputBytes = null;
        if (input != null && !input.isNull() && input.hasBufferElements()) {
            inputBytes = new byte[(int) input.getBufferSize()];
            input.readBuffer(0, inputBytes, 0, inputBytes.length);
        }

        Result result = new Result();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            Matcher m = ERROR_NUMBER.matcher(String.valueOf(e.getMessage()));
            result.errno = -(m.find() ? Integer.parseInt(m.group(1)) : 2);
            return result;
        }
        result.pid = (int) process.pid();
        Thread feeder = feed(process.getOutputStream(), inputBytes, builder.redirectInput() == ProcessBuilder.Redirect.PIPE);
        Collector out = Collector.start(process.getInputStream(), builder.redirectOutput() == ProcessBuilder.Redirect.PIPE);
        Collector err = Collector.start(process.getErrorStream(), builder.redirectError() == ProcessBuilder.Redirect.PIPE);
        try {
            boolean done;
            if (timeoutMs > 0) {
                done = process.waitFor((long) timeoutMs, TimeUnit.MILLISECONDS);
            } else {
                process.waitFor();
                done = true;
            }
            if (!done) {
                process.destroyForcibly();
                process.waitFor();
                result.killed = true;
                result.errno = -110;
            } else {
                result.status = process.exitValue();
            }
            if (feeder != null) feeder.join();
            result.stdout = out.bytes();
            result.stderr = err.bytes();
            if (maxBuffer > 0 && (len(result.stdout) > maxBuffer || len(result.stderr) > maxBuffer)) {
                result.errno = -105;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return result;
    }

    private static int len(Object bytes) {
        return bytes instanceof java.nio.ByteBuffer b ? b.capacity() : 0;
    }

    private static ProcessBuilder.Redirect redirect(String mode, boolean input) {
        return switch (mode) {
            case "inherit" -> ProcessBuilder.Redirect.INHERIT;
            case "ignore" -> input ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.DISCARD;
            default -> ProcessBuilder.Redirect.PIPE;
        };
    }

    private static Thread feed(OutputStream stdin, byte[] input, boolean piped) {
        if (!piped) return null;
        Thread t = new Thread(() -> {
            try (stdin) {
                if (input != null) stdin.write(input);
            } catch (IOException ignored) {
                // the child closed its stdin early (EPIPE): nothing more to give it
            }
        }, "node4j-spawnSync-stdin");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Drains one output of the child on its own thread, so neither pipe can fill up and block it. */
    private static final class Collector {
        private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
        private Thread thread;

        static Collector start(InputStream in, boolean piped) {
            Collector c = new Collector();
            if (!piped) return c;
            c.thread = new Thread(() -> {
                try (in) {
                    in.transferTo(c.sink);
                } catch (IOException ignored) {
                    // the stream ends when the child does
                }
            }, "node4j-spawnSync-output");
            c.thread.setDaemon(true);
            c.thread.start();
            return c;
        }

        Object bytes() throws InterruptedException {
            if (thread == null) return null;
            thread.join();
            return java.nio.ByteBuffer.wrap(sink.toByteArray());
        }
    }
}
