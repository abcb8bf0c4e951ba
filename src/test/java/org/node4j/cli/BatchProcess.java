package org.node4j.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The client side of a node4j batch process (org.node4j.cli.Batch): scripts one
 * after another, see Batch for the request and answer format. It ends by itself
 * when this JVM does (its requests pipe closes), or at {@link #close}.
 */
public final class BatchProcess {
    /** How one script ended: its exit code and everything it wrote. */
    public record Outcome(int code, String stdout, String stderr) {}

    private final Process process;
    private final OutputStream requests;
    private final BufferedReader answers;
    private final long timeoutSeconds;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "batch-answers");
        t.setDaemon(true);
        return t;
    });

    public BatchProcess(Path launcher, Path directory, long timeoutSeconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString()).directory(directory.toFile());
        builder.environment().put("NODE4J_MAIN", "org.node4j.cli.Batch");
        // A long-lived process is better served by the JIT's normal tiers.
        builder.environment().remove("NODE4J_JIT");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        this.process = builder.start();
        this.requests = process.getOutputStream();
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        this.timeoutSeconds = timeoutSeconds;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /**
     * Run the script in directory cwd with exactly this environment. Null when
     * the batch process died or the script outlived the timeout (the process is
     * then killed, with whatever the script started).
     */
    public Outcome run(Path script, Path cwd, Map<String, String> env) throws IOException, InterruptedException {
        File out = File.createTempFile("node4j-batch", ".out");
        File err = File.createTempFile("node4j-batch", ".err");
        try {
            List<String> fields = new ArrayList<>(List.of(script.toString(), cwd.toString(),
                    out.toString(), err.toString()));
            env.forEach((k, v) -> fields.add(k + "=" + v));
            byte[] payload = String.join("\0", fields).getBytes(StandardCharsets.UTF_8);
            requests.write((payload.length + "\n").getBytes(StandardCharsets.US_ASCII));
            requests.write(payload);
            requests.flush();
            Future<String> answer = reader.submit(this::nextExitCodeLine);
            String line = answer.get(timeoutSeconds, TimeUnit.SECONDS);
            if (line == null) return null;
            return new Outcome(Integer.parseInt(line.trim()),
                    Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } catch (TimeoutException | ExecutionException | IOException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return null;
        } finally {
            out.delete();
            err.delete();
        }
    }

    /** The next line that is an exit code; any other line (a JVM warning written to the
     *  batch's own stdout) is not an answer and goes to stderr. Null at end of stream. */
    private String nextExitCodeLine() throws IOException {
        String line;
        while ((line = answers.readLine()) != null && !line.trim().matches("-?\\d+")) {
            System.err.println("batch: " + line);
        }
        return line;
    }

    /** No more requests: the batch process ends; its exit code (-1 if it had to be killed). */
    public int close() throws IOException, InterruptedException {
        requests.close();
        if (process.waitFor(30, TimeUnit.SECONDS)) return process.exitValue();
        process.destroyForcibly();
        return -1;
    }
}
