package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Changing who the process is: process.setuid/setgid/seteuid/setegid,
 * setgroups and initgroups, and the user and group names they accept. glibc
 * applies each change to every thread of the JVM. Calls return 0 or -errno;
 * name lookups return -1 for a name the system does not know.
 */
public final class Credentials {
    private Credentials() {}

    private static final FunctionDescriptor INT_INT = FunctionDescriptor.of(JAVA_INT, JAVA_INT);
    private static final MethodHandle SETUID = Ffm.errnoCall("setuid", INT_INT);
    private static final MethodHandle SETGID = Ffm.errnoCall("setgid", INT_INT);
    private static final MethodHandle SETEUID = Ffm.errnoCall("seteuid", INT_INT);
    private static final MethodHandle SETEGID = Ffm.errnoCall("setegid", INT_INT);
    private static final MethodHandle SETGROUPS = Ffm.errnoCall("setgroups", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
    private static final MethodHandle INITGROUPS = Ffm.errnoCall("initgroups", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    // The struct pointers these return are read at once, on the one thread that asks.
    private static final MethodHandle GETPWNAM = Ffm.call("getpwnam", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle GETGRNAM = Ffm.call("getgrnam", FunctionDescriptor.of(ADDRESS, ADDRESS));
    /** struct passwd: pw_name, pw_passwd, then uid_t pw_uid at 16; struct group: gr_name, gr_passwd, gid_t at 16. */
    private static final long ID_OFFSET = 16;

    public static int setuid(long id) { return idCall(SETUID, id); }
    public static int setgid(long id) { return idCall(SETGID, id); }
    public static int seteuid(long id) { return idCall(SETEUID, id); }
    public static int setegid(long id) { return idCall(SETEGID, id); }

    private static int idCall(MethodHandle h, long id) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) h.invokeExact(state, (int) id);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    public static int setgroups(long[] gids) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment list = arena.allocate(JAVA_INT, Math.max(1, gids.length));
            for (int i = 0; i < gids.length; i++) list.setAtIndex(JAVA_INT, i, (int) gids[i]);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) SETGROUPS.invokeExact(state, (long) gids.length, list);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    public static int initgroups(String user, long extraGroup) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) INITGROUPS.invokeExact(state, arena.allocateFrom(user, StandardCharsets.UTF_8), (int) extraGroup);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** The uid of a user name, or -1. */
    public static long uidOf(String name) {
        return lookup(GETPWNAM, name);
    }

    /** The gid of a group name, or -1. */
    public static long gidOf(String name) {
        return lookup(GETGRNAM, name);
    }

    /** A user's name for initgroups, from a uid; null if none. */
    public static String userName(long uid) {
        Passwd p = Passwd.byUid(uid);
        return p == null ? null : p.name();
    }

    private static long lookup(MethodHandle h, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment entry = (MemorySegment) h.invokeExact(arena.allocateFrom(name, StandardCharsets.UTF_8));
            if (entry.equals(MemorySegment.NULL)) return -1;
            return Integer.toUnsignedLong(entry.reinterpret(ID_OFFSET + 4).get(JAVA_INT, ID_OFFSET));
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }
}
