package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibcTest {
    @TempDir
    Path tmp;

    @Test
    void getpidIsTheJvmsPid() {
        assertEquals(ProcessHandle.current().pid(), Libc.getpid());
        assertTrue(Libc.getppid() > 0);
    }

    @Test
    void umaskRoundTrip() {
        int old = Libc.umask(027);
        try {
            assertEquals(027, Libc.umask(077));
            assertEquals(077, Libc.umask(old));
        } finally {
            Libc.umask(old);
        }
    }

    @Test
    void chdirChangesWhatGetcwdReports() throws Exception {
        String before = Libc.getcwd();
        assertNotNull(before);
        String target = tmp.toRealPath().toString();
        try {
            assertEquals(0, Libc.chdir(target));
            assertEquals(target, Libc.getcwd());
            assertEquals(0, Libc.getcwdErrno());
        } finally {
            assertEquals(0, Libc.chdir(before));
        }
        assertEquals(before, Libc.getcwd());
    }

    @Test
    void chdirFailuresAreNegativeErrno() throws Exception {
        assertEquals(-Errno.ENOENT, Libc.chdir(tmp.resolve("missing").toString()));
        Path file = Files.writeString(tmp.resolve("f"), "x");
        assertEquals(-Errno.ENOTDIR, Libc.chdir(file.toString()));
    }

    @Test
    void killSignalZero() {
        assertEquals(0, Libc.kill(Libc.getpid(), 0));
        assertEquals(-Errno.ESRCH, Libc.kill(unusedPid(), 0));
    }

    /** No kernel hands out pid 2^31-1 (pid_max is at most 2^22), and it is still a valid pid_t. */
    private static int unusedPid() {
        return Integer.MAX_VALUE;
    }

    @Test
    void isattyIsFalseForAPipe() {
        int[] p = NativeTestSupport.pipe();
        try {
            assertFalse(Libc.isatty(p[0]));
            assertFalse(Libc.isatty(p[1]));
            assertNull(Libc.windowSize(p[1]));
            assertFalse(Libc.isatty(-1));
        } finally {
            NativeTestSupport.close(p[0]);
            NativeTestSupport.close(p[1]);
        }
    }

    @Test
    void writeFullyToAPipe() throws Exception {
        int[] p = NativeTestSupport.pipe();
        try {
            byte[] data = "hello, world".getBytes(StandardCharsets.US_ASCII);
            assertEquals(5, Libc.writeFully(p[1], data, 7, 5));
            assertEquals("world", new String(NativeTestSupport.read(p[0], 100), StandardCharsets.US_ASCII));
        } finally {
            NativeTestSupport.close(p[0]);
            NativeTestSupport.close(p[1]);
        }
        assertEquals(-Errno.EBADF, Libc.writeFully(p[1], new byte[1], 0, 1));
    }

    @Test
    void writeFullyToAFile() throws Exception {
        Path f = tmp.resolve("w");
        int fd = NativeTestSupport.create(f.toString());
        assertTrue(fd >= 0);
        try {
            byte[] data = new byte[200_000];
            java.util.Arrays.fill(data, (byte) 'a');
            assertFalse(Libc.isatty(fd));
            assertEquals(data.length, Libc.writeFully(fd, data, 0, data.length));
        } finally {
            NativeTestSupport.close(fd);
        }
        assertEquals(200_000, Files.size(f));
    }

    @Test
    void getrusageFieldsAreNonNegative() {
        ResourceUsage ru = ResourceUsage.self();
        for (double v : ru.toArray()) assertTrue(v >= 0, ru.toString());
        assertTrue(ru.maxRss() > 0);
        assertTrue(ru.userMicros() + ru.systemMicros() > 0);
    }

    @Test
    void idsMatchTheKernel() throws Exception {
        String status = Files.readString(Path.of("/proc/self/status"));
        String uid = status.lines().filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow();
        String[] u = uid.substring(4).trim().split("\\s+");
        assertEquals(Long.parseLong(u[0]), Ids.getuid());
        assertEquals(Long.parseLong(u[1]), Ids.geteuid());
        assertTrue(Ids.getgid() >= 0 && Ids.getegid() >= 0);
        assertNotNull(Ids.getgroups());
    }
}
