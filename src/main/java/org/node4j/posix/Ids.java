package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/** User and group ids of the process (process.getuid() and friends). */
public final class Ids {
    private Ids() {}

    private static final MethodHandle GETUID = Ffm.call("getuid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETEUID = Ffm.call("geteuid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETGID = Ffm.call("getgid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETEGID = Ffm.call("getegid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETGROUPS =
            Ffm.errnoCall("getgroups", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));

    /** uid_t is unsigned 32-bit: ids above 2^31 come back as positive longs. */
    private static long id(MethodHandle h) {
        try {
            return Integer.toUnsignedLong((int) h.invokeExact());
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    public static long getuid() { return id(GETUID); }
    public static long geteuid() { return id(GETEUID); }
    public static long getgid() { return id(GETGID); }
    public static long getegid() { return id(GETEGID); }

    /** Supplementary group ids; throws when getgroups fails (it only can on a race). */
    public static long[] getgroups() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int n = (int) GETGROUPS.invokeExact(state, 0, MemorySegment.NULL);
            if (n < 0) throw new IllegalStateException("getgroups: errno " + Ffm.errno(state));
            MemorySegment list = arena.allocate(JAVA_INT, Math.max(1, n));
            n = (int) GETGROUPS.invokeExact(state, n, list);
            if (n < 0) throw new IllegalStateException("getgroups: errno " + Ffm.errno(state));
            long[] groups = new long[n];
            for (int i = 0; i < n; i++) groups[i] = Integer.toUnsignedLong(list.getAtIndex(JAVA_INT, i));
            return groups;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }
}
