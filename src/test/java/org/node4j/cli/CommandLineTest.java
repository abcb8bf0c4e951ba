package org.node4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void scriptAndItsArgumentsAreSeparatedFromNodeOptions() throws Exception {
        var p = CommandLine.parse("node4j", List.of(), new String[] {"--no-deprecation", "app.js", "--port", "8"});
        assertEquals("app.js", p.options().script());
        assertEquals(List.of("--port", "8"), p.options().args());
        assertEquals(List.of("--no-deprecation"), p.options().execArgv());
        assertTrue(p.options().has("--no-deprecation"));
    }

    @Test
    void evalTakesTheNextArgument() throws Exception {
        var p = CommandLine.parse("node4j", List.of(), new String[] {"-e", "1+1", "x"});
        assertEquals("1+1", p.options().eval());
        assertNull(p.options().script());
        assertEquals(List.of("x"), p.options().args());
    }

    @Test
    void printImpliesEval() throws Exception {
        var p = CommandLine.parse("node4j", List.of(), new String[] {"-p", "process.pid"});
        assertTrue(p.options().print());
        assertEquals("process.pid", p.options().eval());
    }

    @Test
    void unknownOptionIsRefused() {
        assertThrows(CommandLine.BadOption.class,
                () -> CommandLine.parse("node4j", List.of(), new String[] {"--bogus"}));
    }

    @Test
    void nodeOptionsComeFirstAndHonourQuotes() throws Exception {
        assertEquals(List.of("--require", "a b.js", "--no-warnings"),
                CommandLine.splitNodeOptions("--require \"a b.js\"  --no-warnings"));
        var p = CommandLine.parse("node4j", List.of("-r", "pre.js"), new String[] {"main.js"});
        assertEquals(List.of("pre.js"), p.options().requires());
        assertEquals(List.of(), p.options().execArgv());
    }

    @Test
    void valueFlagsKeepTheirValue() throws Exception {
        var p = CommandLine.parse("node4j", List.of(), new String[] {"--unhandled-rejections=warn", "a.js"});
        assertTrue(p.options().has("--unhandled-rejections=warn"));
    }
}
