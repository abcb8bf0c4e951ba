package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** Scheduling priority (nice value) of a process: os.getPriority/setPriority. */
public final class Priority {
    private Priority() {}

    private static final int PRIO_PROCESS = 0;
    private static final long SYS_GETPRIORITY = 140; // x86_64

    /*
     * getpriority(3) may legitimately return -1, so success is told from failure by
     * errno alone, which a JVM may touch between two calls. The raw system call has
     * no such ambiguity: it returns 20 - nice (1..40) or -1 with errno set.
     */
    private static final MethodHandle SYSCALL = Ffm.errnoCall("syscall",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(1));
    private static final MethodHandle SETPRIORITY = Ffm.errnoCall("setpriority",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));

    /** The nice value of pid (0 = this process); throws {@link ErrnoException} (ESRCH...). */
    public static int get(int pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            long r = (long) SYSCALL.invokeExact(state, SYS_GETPRIORITY, PRIO_PROCESS, pid);
            if (r == -1) throw new ErrnoException("getpriority", Ffm.errno(state));
            return (int) (20 - r);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** Sets the nice value of pid: 0 or -errno (ESRCH, EACCES, EPERM). */
    public static int set(int pid, int priority) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) SETPRIORITY.invokeExact(state, PRIO_PROCESS, pid, priority);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }
}
