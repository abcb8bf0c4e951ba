package org.node4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.node4j.cli.BatchProcess.Outcome;

/**
 * The batch runner (org.node4j.cli.Batch) through bin/node4j, the way
 * test/node-suite/run-suite --batch drives it: scripts one after another in one
 * process, each with what a fresh process would have.
 */
class BatchTest {
    private static final Path LAUNCHER = Path.of("bin/node4j").toAbsolutePath();

    @TempDir Path dir;

    @Test
    void eachScriptRunsAsIfAlone() throws Exception {
        Path exiting = script("exiting.js", """
                process.on('exit', (code) => console.log('exit event', code));
                console.log('env', process.env.BATCH_TEST_VALUE);
                process.chdir('..');
                process.umask(0o077);
                try {
                  process.exit(7);
                } catch (e) {
                  console.log('caught', e);
                } finally {
                  console.log('finally ran');
                }
                """);
        Path plain = script("plain.js", """
                console.log('env', process.env.BATCH_TEST_VALUE);
                console.log('cwd', process.cwd() === process.env.BATCH_TEST_CWD);
                console.log('umask', process.umask().toString(8));
                setTimeout(() => console.error('timer'), 5);
                """);
        Path throwing = script("throwing.js", "setImmediate(() => { throw new Error('boom'); });\n");

        BatchProcess batch = new BatchProcess(LAUNCHER, dir, 60);
        Outcome first = batch.run(exiting, dir, env("first"));
        assertEquals(7, first.code());
        assertEquals("env first\nexit event 7\n", first.stdout());

        Outcome second = batch.run(plain, dir, env("second"));
        assertEquals(0, second.code());
        assertEquals("env second\ncwd true\numask 22\n", second.stdout());
        assertEquals("timer\n", second.stderr());

        Outcome third = batch.run(throwing, dir, env("third"));
        assertEquals(1, third.code());
        assertTrue(third.stderr().contains("Error: boom"), third.stderr());

        assertEquals(0, batch.close(), "the batch ends when its requests do");
    }

    private Map<String, String> env(String value) throws IOException {
        return Map.of("BATCH_TEST_VALUE", value, "BATCH_TEST_CWD", dir.toRealPath().toString(),
                "PATH", System.getenv("PATH"));
    }

    private Path script(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
