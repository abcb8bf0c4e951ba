package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InotifyTest {
    @TempDir
    Path dir;

    @Test
    void reportsNamesInAWatchedDirectoryAndItsOwnDeletion() throws Exception {
        int fd = Inotify.init();
        assertTrue(fd >= 0, "inotify_init1: " + fd);
        int wake = Pipes.eventFd();
        try (Arena arena = Arena.ofConfined()) {
            Path sub = Files.createDirectory(dir.resolve("sub"));
            int wd = Inotify.addWatch(fd, sub.toString(), Inotify.WATCH_MASK);
            assertTrue(wd > 0);
            assertEquals(wd, Inotify.addWatch(fd, sub.toString(), Inotify.WATCH_MASK), "one watch per inode");
            assertEquals(-Errno.ENOENT, Inotify.addWatch(fd, dir.resolve("nope").toString(), Inotify.WATCH_MASK));
            Files.writeString(sub.resolve("é.txt"), "x");
            Files.delete(sub.resolve("é.txt"));
            Files.delete(sub);

            MemorySegment buf = arena.allocate(4096);
            MemorySegment state = Pipes.errnoState(arena);
            List<Inotify.Event> events = new ArrayList<>();
            while (events.stream().noneMatch(e -> e.is(Inotify.IN_IGNORED))) {
                assertTrue(Pipes.await(fd, Pipes.POLLIN, wake));
                long n = Pipes.read(fd, false, buf, state);
                if (n > 0) events.addAll(Inotify.decode(buf, n));
            }
            Inotify.Event created = events.get(0);
            assertEquals(wd, created.wd());
            assertTrue(created.is(Inotify.IN_CREATE));
            assertEquals("é.txt", created.name());
            assertTrue(events.stream().anyMatch(e -> e.is(Inotify.IN_DELETE) && "é.txt".equals(e.name())));
            Inotify.Event self = events.stream().filter(e -> e.is(Inotify.IN_DELETE_SELF)).findFirst().orElseThrow();
            assertNull(self.name());
            assertEquals(-Errno.EINVAL, Inotify.removeWatch(fd, wd), "the kernel dropped it already");
        } finally {
            Pipes.close(fd);
            Pipes.close(wake);
        }
    }
}
