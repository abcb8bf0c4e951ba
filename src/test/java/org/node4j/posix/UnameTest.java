package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class UnameTest {
    @Test
    void matchesWhatTheJvmAndProcReport() throws Exception {
        Uname u = Uname.get();
        assertEquals("Linux", u.sysname());
        assertEquals(System.getProperty("os.version"), u.release());
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim(), u.nodename());
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/version")).trim(), u.version());
        String arch = System.getProperty("os.arch");
        assertEquals(arch.equals("amd64") ? "x86_64" : arch, u.machine());
        assertFalse(u.version().isEmpty());
    }
}
