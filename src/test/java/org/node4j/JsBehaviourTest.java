package org.node4j;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.node4j.cli.BatchProcess;
import org.junit.jupiter.api.TestFactory;

/**
 * The behaviour tests: every test/js/**&#47;NAME.js (or .mjs/.cjs) with a recorded
 * NAME.js.code (see test/js/record.sh) runs under bin/node4j and must print what
 * node 24 printed: same exit code, same stdout, same stderr once stack frames and
 * node-internal source headers are dropped on both sides.
 *
 * <p>A line {@code // Flags: --x --y} in the script passes those flags; a line
 * {@code // Env: NAME=value NAME2=value2} sets those environment variables.
 *
 * <p>Scripts run in a small pool of worker threads (default 2, the machine's
 * core count; {@code -Dnode4j.jsTests.threads=N} overrides) started when the
 * factory is called, so each DynamicTest only waits for its own result. Every
 * script is a separate process with its own cwd, so running two at once is safe.
 * {@code -Dnode4j.jsTests.filter=REGEX} picks scripts by their path under test/js.
 *
 * <p>To save a JVM start per script, each worker thread keeps a batch process
 * (org.node4j.cli.Batch: one fresh isolate per script) and scripts without
 * Flags run there first. Only a standalone run is believed when it matters: a
 * script whose batch run does not match node's output runs again alone, and
 * that run is the verdict. {@code -Dnode4j.jsTests.batch=false} runs every
 * script alone.
 */
class JsBehaviourTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path JS = ROOT.resolve("test/js");
    private static final Path LAUNCHER = ROOT.resolve("bin/node4j");
    private static final long TIMEOUT_SECONDS = 60;

    private static final Pattern FLAGS = Pattern.compile("(?m)^// Flags: (.*)$");
    private static final Pattern ENV = Pattern.compile("(?m)^// Env: (.*)$");
    private static final Pattern ENTRY = Pattern.compile(".*\\.(js|mjs|cjs)$");
    private static final Pattern FRAME = Pattern.compile("^\\s+at .*");
    private static final Pattern INTERNAL_HEADER = Pattern.compile("^node:[\\w/]+:\\d+$");
    private static final Pattern PID = Pattern.compile("\\(node:\\d+\\)");
    /** -Dnode4j.jsTests.filter=REGEX runs only the scripts whose path under test/js matches. */
    private static final Pattern FILTER = Pattern.compile(System.getProperty("node4j.jsTests.filter", ""));

    private static final boolean BATCH = !"false".equals(System.getProperty("node4j.jsTests.batch"));
    private static final ThreadLocal<BatchProcess> BATCHES = new ThreadLocal<>();

    record Result(int code, String stdout, String stderr, boolean timedOut) {}

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(JS)) {
            scripts = files.filter(p -> ENTRY.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p.resolveSibling(p.getFileName() + ".code")))
                    .filter(p -> FILTER.matcher(JS.relativize(p).toString()).find())
                    .sorted()
                    .toList();
        }
        int threads = Integer.getInteger("node4j.jsTests.threads", 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "js-behaviour");
            t.setDaemon(true);
            return t;
        });
        List<DynamicTest> tests = new ArrayList<>();
        for (Path script : scripts) {
            Future<Result> result = pool.submit(() -> runPreferringBatch(script));
            String name = JS.relativize(script).toString();
            tests.add(DynamicTest.dynamicTest(name, script.toUri(), () -> check(script, result.get())));
        }
        pool.shutdown();
        return tests.stream();
    }

    /** The batch run if it matches node's output, else the verdict of a run alone. */
    private static Result runPreferringBatch(Path script) throws IOException, InterruptedException {
        String source = Files.readString(script, StandardCharsets.UTF_8);
        if (BATCH && !FLAGS.matcher(source).find()) {
            BatchProcess batch = BATCHES.get();
            if (batch == null || !batch.alive()) {
                batch = new BatchProcess(LAUNCHER, ROOT, TIMEOUT_SECONDS);
                BATCHES.set(batch);
            }
            BatchProcess.Outcome outcome = batch.run(script, script.getParent(), environment(source));
            if (outcome != null) {
                Result result = new Result(outcome.code(), outcome.stdout(), outcome.stderr(), false);
                if (problems(script, result).isEmpty()) return result;
            }
        }
        return run(script, source);
    }

    /** The scripts' environment: ours, NODE4J_JIT=late, and the script's Env line. */
    private static Map<String, String> environment(String source) {
        Map<String, String> env = new HashMap<>(System.getenv());
        // Each script is a short process: compiling its code early costs more than it saves.
        env.putIfAbsent("NODE4J_JIT", "late");
        Matcher line = ENV.matcher(source);
        if (line.find()) {
            for (String pair : line.group(1).trim().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    env.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return env;
    }

    private static Result run(Path script, String source) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        Matcher flags = FLAGS.matcher(source);
        if (flags.find()) {
            command.addAll(Arrays.stream(flags.group(1).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        }
        command.add(script.getFileName().toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment(source));
        File out = File.createTempFile("node4j-js", ".out");
        File err = File.createTempFile("node4j-js", ".err");
        try {
            Process process = builder
                    .directory(script.getParent().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out)
                    .redirectError(err)
                    .start();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            return new Result(finished ? process.exitValue() : -1,
                    Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8),
                    !finished);
        } finally {
            out.delete();
            err.delete();
        }
    }

    private static void check(Path script, Result actual) throws IOException {
        String problems = problems(script, actual);
        if (!problems.isEmpty()) fail(problems);
    }

    /** What differs from node's recorded run; empty when nothing does. */
    private static String problems(Path script, Result actual) throws IOException {
        if (actual.timedOut()) {
            return "timed out after " + TIMEOUT_SECONDS + " s (killed)\n--- stdout so far:\n" + actual.stdout()
                    + "\n--- stderr so far:\n" + actual.stderr();
        }
        String base = script.getFileName().toString();
        int code = Integer.parseInt(Files.readString(script.resolveSibling(base + ".code")).trim());
        String stdout = readOrEmpty(script.resolveSibling(base + ".out"));
        String stderr = readOrEmpty(script.resolveSibling(base + ".err"));

        String root = ROOT.toString();
        String gotOut = actual.stdout().replace(root, "<root>");
        String wantErr = normalizeStderr(stderr);
        String gotErr = normalizeStderr(actual.stderr().replace(root, "<root>"));

        StringBuilder problems = new StringBuilder();
        if (code != actual.code()) {
            problems.append("exit code: expected ").append(code).append(", got ").append(actual.code()).append('\n');
        }
        if (!stdout.equals(gotOut)) {
            problems.append("stdout differs:\n").append(diff(stdout, gotOut));
        }
        if (!wantErr.equals(gotErr)) {
            problems.append("stderr differs (normalized):\n").append(diff(wantErr, gotErr));
        }
        if (!problems.isEmpty() && stdout.equals(gotOut) && wantErr.equals(gotErr)) {
            problems.append("stderr was:\n").append(actual.stderr());
        }
        return problems.toString();
    }

    private static String readOrEmpty(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    /**
     * Drops what legitimately differs between node and node4j: stack frames,
     * the "node:internal/x:12" source excerpt (header line, source line, caret
     * line and the blank line after), and process ids in warnings.
     */
    static String normalizeStderr(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FRAME.matcher(line).matches()) {
                continue;
            }
            if (INTERNAL_HEADER.matcher(line).matches()) {
                i += 2;
                if (i + 1 < lines.length && lines[i + 1].isEmpty()) {
                    i++;
                }
                continue;
            }
            sb.append(PID.matcher(line).replaceAll("(node:PID)"));
            if (i < lines.length - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** A line diff (LCS based): '-' expected only, '+' actual only, ' ' both. */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder("--- expected (node 24)\n+++ actual (node4j)\n");
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                sb.append("  ").append(a[i++]).append('\n');
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                sb.append("+ ").append(b[j++]).append('\n');
            } else {
                sb.append("- ").append(a[i++]).append('\n');
            }
        }
        return sb.toString();
    }
}
