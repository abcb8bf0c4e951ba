package org.node4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * process.stdin on a real terminal (a pseudo-terminal that python3's pty module
 * opens, see src/test/resources/pty-raw-mode.py): a tty.ReadStream, raw mode
 * delivering ^C as a byte, pause() letting the process end, and the terminal's
 * attributes put back after exit even though the script left it raw.
 */
class TerminalStdinTest {
    @Test
    void rawModeOnAPseudoTerminal() throws Exception {
        Path helper = Path.of("src/test/resources/pty-raw-mode.py").toAbsolutePath();
        Process p = new ProcessBuilder("python3", helper.toString(), Path.of("bin/node4j").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the helper ends");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("""
                kinds true ReadStream true WriteStream
                raw true
                got "ab\\u0003"
                got "q"
                exit 0
                terminal restored True
                """, out);
    }
}
