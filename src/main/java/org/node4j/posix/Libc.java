package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * libc through FFM: the calls libuv would make for Node. Every call that can fail
 * captures errno; failures come back as a negative errno (libuv's convention) so
 * that callers never parse exception messages. Ids and getrusage live in
 * {@link Ids} and {@link ResourceUsage}.
 */
public final class Libc {
    private Libc() {}

    private static final MethodHandle WRITE = Ffm.errnoCall("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle ISATTY = Ffm.call("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle IOCTL = Ffm.errnoCall("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle GETPID = Ffm.call("getpid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETPPID = Ffm.call("getppid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle UMASK = Ffm.call("umask", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle KILL = Ffm.errnoCall("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle SIGNAL = Ffm.call("signal", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle GETCWD = Ffm.errnoCall("getcwd", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle CHDIR = Ffm.errnoCall("chdir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle DUP2 = Ffm.errnoCall("dup2", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));

    private static final long TIOCGWINSZ = 0x5413;
    private static final int PATH_MAX = 4096;

    /** write(2) until all bytes are out, retrying EINTR/EAGAIN. Returns bytes written or -errno. */
    public static long writeFully(int fd, byte[] bytes, int offset, int length) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, length));
            MemorySegment.copy(bytes, offset, buf, ValueLayout.JAVA_BYTE, 0, length);
            MemorySegment state = Ffm.captureState(arena);
            long done = 0;
            while (done < length) {
                long n = (long) WRITE.invokeExact(state, fd, buf.asSlice(done), (long) (length - done));
                if (n < 0) {
                    int err = Ffm.errno(state);
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
            throw Ffm.fatal(t);
        }
    }

    public static boolean isatty(int fd) {
        try {
            return (int) ISATTY.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** {columns, rows} of the terminal on fd, or null when it is not one. */
    public static int[] windowSize(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ws = arena.allocate(8);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) IOCTL.invokeExact(state, fd, TIOCGWINSZ, ws);
            if (r != 0) return null;
            short rows = ws.get(ValueLayout.JAVA_SHORT, 0);
            short cols = ws.get(ValueLayout.JAVA_SHORT, 2);
            return new int[] {cols, rows};
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    public static int getpid() {
        try {
            return (int) GETPID.invokeExact();
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    public static int getppid() {
        try {
            return (int) GETPPID.invokeExact();
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** Sets the mask, returns the previous one. */
    public static int umask(int mask) {
        try {
            return (int) UMASK.invokeExact(mask);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** 0 or -errno. */
    public static int kill(int pid, int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) KILL.invokeExact(state, pid, signal);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /**
     * End the process by signal {@code sig} as its default action would (a
     * parent's waitpid sees WIFSIGNALED): restore SIG_DFL, then send it to
     * ourselves. Falls back to exit status 128+sig should it survive.
     */
    public static void dieBySignal(int sig) {
        try {
            MemorySegment ignored = (MemorySegment) SIGNAL.invokeExact(sig, MemorySegment.NULL);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
        kill(getpid(), sig);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(128 + sig);
    }

    /**
     * The process's working directory (getcwd(3)), or null when it fails
     * (the directory was removed: ENOENT). {@link #getcwdErrno()} gives the errno.
     */
    public static String getcwd() {
        Object r = cwdOrErrno();
        return r instanceof String s ? s : null;
    }

    /** 0 when getcwd works, else -errno (ENOENT once the directory is gone). */
    public static int getcwdErrno() {
        Object r = cwdOrErrno();
        return r instanceof Integer e ? e : 0;
    }

    private static Object cwdOrErrno() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            for (long size = PATH_MAX; ; size *= 2) {
                MemorySegment buf = arena.allocate(size);
                MemorySegment r = (MemorySegment) GETCWD.invokeExact(state, buf, size);
                if (!r.equals(MemorySegment.NULL)) return buf.getString(0, StandardCharsets.UTF_8);
                int err = Ffm.errno(state);
                if (err != Errno.ERANGE || size > (1 << 20)) return -err;
            }
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** chdir(2) of the whole process: 0 or -errno (ENOENT, ENOTDIR, EACCES...). */
    public static int chdir(String dir) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment path = arena.allocateFrom(dir, StandardCharsets.UTF_8);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) CHDIR.invokeExact(state, path);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** dup2(2): make {@code target} refer to what {@code fd} refers to. 0 or -errno. */
    public static int dup2(int fd, int target) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) DUP2.invokeExact(state, fd, target);
            return r >= 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }
}
