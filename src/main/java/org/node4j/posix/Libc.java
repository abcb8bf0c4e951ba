package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * libc through FFM: the calls libuv would make for Node. Every call that can fail
 * captures errno; failures come back as a negative errno (libuv's convention) so
 * that callers never parse exception messages.
 */
public final class Libc {
    private Libc() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    private static final MethodHandle WRITE = errnoCall("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle ISATTY = call("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle IOCTL = errnoCall("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle GETPID = call("getpid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETPPID = call("getppid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle UMASK = call("umask", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle KILL = errnoCall("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));

    private static final long TIOCGWINSZ = 0x5413;

    private static MethodHandle call(String name, FunctionDescriptor fd, Linker.Option... options) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), fd, options);
    }

    private static MethodHandle errnoCall(String name, FunctionDescriptor fd, Linker.Option... extra) {
        Linker.Option[] options = new Linker.Option[extra.length + 1];
        options[0] = CAPTURE_ERRNO;
        System.arraycopy(extra, 0, options, 1, extra.length);
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), fd, options);
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static RuntimeException fatal(Throwable t) {
        return new IllegalStateException("libc call failed: " + t, t);
    }

    /** write(2) until all bytes are out, retrying EINTR/EAGAIN. Returns bytes written or -errno. */
    public static long writeFully(int fd, byte[] bytes, int offset, int length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, length));
            MemorySegment.copy(bytes, offset, buf, ValueLayout.JAVA_BYTE, 0, length);
            MemorySegment state = arena.allocate(CAPTURE);
            long done = 0;
            while (done < length) {
                long n = (long) WRITE.invokeExact(state, fd, buf.asSlice(done), (long) (length - done));
                if (n < 0) {
                    int err = errno(state);
                    if (err == Errno.EINTR) continue;
                    if (err == Errno.EAGAIN) {
                        Thread.onSpinWait();
                        continue;
                    }
                    return -err;
                }
                done += n;
            }
            return done;
        } catch (Throwable t) {
            throw fatal(t);
        }
    }

    public static boolean isatty(int fd) {
        try {
            return (int) ISATTY.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw fatal(t);
        }
    }

    /** {columns, rows} of the terminal on fd, or null when it is not one. */
    public static int[] windowSize(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ws = arena.allocate(8);
            MemorySegment state = arena.allocate(CAPTURE);
            int r = (int) IOCTL.invokeExact(state, fd, TIOCGWINSZ, ws);
            if (r != 0) return null;
            short rows = ws.get(ValueLayout.JAVA_SHORT, 0);
            short cols = ws.get(ValueLayout.JAVA_SHORT, 2);
            return new int[] {cols, rows};
        } catch (Throwable t) {
            throw fatal(t);
        }
    }

    public static int getpid() {
        try {
            return (int) GETPID.invokeExact();
        } catch (Throwable t) {
            throw fatal(t);
        }
    }

    public static int getppid() {
        try {
            return (int) GETPPID.invokeExact();
        } catch (Throwable t) {
            throw fatal(t);
        }
    }

    /** Sets the mask, returns the previous one. */
    public static int umask(int mask) {
        try {
            return (int) UMASK.invokeExact(mask);
        } catch (Throwable t) {
            throw fatal(t);
        }
    }

    /** 0 or -errno. */
    public static int kill(int pid, int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE);
            int r = (int) KILL.invokeExact(state, pid, signal);
            return r == 0 ? 0 : -errno(state);
        } catch (Throwable t) {
            throw fatal(t);
        }
    }
}
