package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Linux inotify(7): an instance descriptor, watches on paths, and the records
 * read from it. Reading uses {@link Pipes#read} and {@link Pipes#await} (the
 * descriptor is non-blocking), so a reader thread can be woken by an eventfd.
 */
public final class Inotify {
    private Inotify() {}

    public static final int IN_MODIFY = 0x2;
    public static final int IN_ATTRIB = 0x4;
    public static final int IN_MOVED_FROM = 0x40;
    public static final int IN_MOVED_TO = 0x80;
    public static final int IN_CREATE = 0x100;
    public static final int IN_DELETE = 0x200;
    public static final int IN_DELETE_SELF = 0x400;
    public static final int IN_MOVE_SELF = 0x800;
    public static final int IN_Q_OVERFLOW = 0x4000;
    public static final int IN_IGNORED = 0x8000;
    public static final int IN_ONLYDIR = 0x1000000;
    public static final int IN_DONT_FOLLOW = 0x2000000;
    public static final int IN_ISDIR = 0x40000000;

    /** What a file system watcher asks for: content and metadata changes, names coming and going. */
    public static final int WATCH_MASK = IN_ATTRIB | IN_CREATE | IN_MODIFY | IN_DELETE | IN_DELETE_SELF
            | IN_MOVE_SELF | IN_MOVED_FROM | IN_MOVED_TO;

    private static final int IN_NONBLOCK = 0x800;
    private static final int IN_CLOEXEC = 0x80000;
    /** struct inotify_event without its name: wd, mask, cookie, len. */
    private static final int HEADER = 16;

    private static final MethodHandle INIT1 = Ffm.errnoCall("inotify_init1", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle ADD_WATCH = Ffm.errnoCall("inotify_add_watch",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle RM_WATCH = Ffm.errnoCall("inotify_rm_watch",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));

    /**
     * One record: the watch it belongs to, what happened, the cookie pairing a
     * rename's two halves, and the entry's name inside a watched directory (null
     * when the event is about the watched object itself).
     */
    public record Event(int wd, int mask, int cookie, String name) {
        public boolean is(int bits) {
            return (mask & bits) != 0;
        }
    }

    /** A non-blocking, close-on-exec inotify instance: its fd, or -errno. */
    public static int init() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int fd = (int) INIT1.invokeExact(state, IN_NONBLOCK | IN_CLOEXEC);
            return fd >= 0 ? fd : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** inotify_add_watch: the watch descriptor (the same one again for an inode already watched), or -errno. */
    public static int addWatch(int fd, String path, int mask) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocateFrom(path, StandardCharsets.UTF_8);
            MemorySegment state = Ffm.captureState(arena);
            int wd = (int) ADD_WATCH.invokeExact(state, fd, p, mask);
            return wd >= 0 ? wd : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** inotify_rm_watch: 0 or -errno (EINVAL when the kernel already dropped the watch). */
    public static int removeWatch(int fd, int wd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) RM_WATCH.invokeExact(state, fd, wd);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** The records in the first {@code length} bytes of buf, as read(2) returned them (whole records only). */
    public static List<Event> decode(MemorySegment buf, long length) {
        List<Event> events = new ArrayList<>();
        long at = 0;
        while (at + HEADER <= length) {
            int wd = buf.get(JAVA_INT, at);
            int mask = buf.get(JAVA_INT, at + 4);
            int cookie = buf.get(JAVA_INT, at + 8);
            int nameLength = buf.get(JAVA_INT, at + 12);
            String name = null;
            if (nameLength > 0) {
                // The name is NUL-padded to an alignment boundary.
                long start = at + HEADER;
                long end = start;
                long limit = Math.min(start + nameLength, length);
                while (end < limit && buf.get(JAVA_BYTE, end) != 0) end++;
                name = new String(buf.asSlice(start, end - start).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
            }
            events.add(new Event(wd, mask, cookie, name));
            at += HEADER + nameLength;
        }
        return events;
    }
}
