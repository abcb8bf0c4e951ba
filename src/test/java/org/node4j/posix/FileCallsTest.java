package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCallsTest {
    private static final int O_WRONLY = 1;
    private static final int O_CREAT = 0x40;
    private static final int O_TRUNC = 0x200;

    @TempDir
    Path dir;

    @Test
    void writeReadStatAndRemoveAFile() {
        String file = dir.resolve("a.txt").toString();
        int fd = FileCalls.open(file, O_WRONLY | O_CREAT | O_TRUNC, 0640);
        byte[] data = "hello, fs".getBytes(StandardCharsets.UTF_8);
        assertEquals(data.length, FileCalls.write(fd, data, 0, data.length, -1));
        long[] st = FileCalls.stat(null, fd, false, "fstat");
        FileCalls.close(fd);
        assertEquals(data.length, st[8]);
        assertEquals(0100640, st[1] & 0177777);

        int in = FileCalls.open(file, 0, 0);
        byte[] back = new byte[5];
        assertEquals(5, FileCalls.read(in, back, 0, 5, 0));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), back);
        assertArrayEquals(data, FileCalls.readAll(in, 0));
        FileCalls.close(in);

        FileCalls.unlink(file);
        ErrnoException gone = assertThrows(ErrnoException.class, () -> FileCalls.stat(file, -1, false, "stat"));
        assertEquals(Errno.ENOENT, gone.errno());
        assertEquals("stat", gone.syscall());
    }

    @Test
    void directoriesLinksAndErrors() throws Exception {
        String sub = dir.resolve("sub").toString();
        FileCalls.mkdir(sub, 0755);
        assertEquals(Errno.EEXIST, assertThrows(ErrnoException.class, () -> FileCalls.mkdir(sub, 0755)).errno());
        Files.writeString(Path.of(sub, "x"), "x");
        FileCalls.symlink(sub + "/x", sub + "/link");
        assertEquals(sub + "/x", FileCalls.readlink(sub + "/link"));
        assertEquals(Path.of(sub, "x").toRealPath().toString(), FileCalls.realpath(sub + "/link"));
        List<String> names = FileCalls.readdir(sub).stream().map(FileCalls.DirEntry::name).sorted().toList();
        assertEquals(List.of("link", "x"), names);
        assertEquals(Errno.ENOTEMPTY, assertThrows(ErrnoException.class, () -> FileCalls.rmdir(sub)).errno());
        assertEquals(Errno.EBADF, assertThrows(ErrnoException.class, () -> FileCalls.close(987654)).errno());
        assertTrue(FileCalls.mkdtemp(dir + "/t-").startsWith(dir + "/t-"));
    }
}
