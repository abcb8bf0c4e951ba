package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The descriptor calls behind pipes and socketpairs: creating them (close-on-exec,
 * so a child only ever gets the ends it is handed), non-blocking reads and writes
 * that report -errno, and poll(2) with an eventfd so a blocked reader or writer
 * can be woken when its handle closes. Safe to call from any thread.
 */
public final class Pipes {
    private Pipes() {}

    public static final int O_CLOEXEC = 0x80000;
    private static final int O_NONBLOCK = 0x800;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int EFD_CLOEXEC = 0x80000;
    public static final short POLLIN = 0x1;
    public static final short POLLOUT = 0x4;
    private static final short POLLERR = 0x8;
    private static final short POLLHUP = 0x10;

    private static final MethodHandle PIPE2 = Ffm.errnoCall("pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SOCKETPAIR = Ffm.errnoCall("socketpair",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle FCNTL = Ffm.errnoCall("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
            Linker.Option.firstVariadicArg(2));
    private static final MethodHandle READ = Ffm.errnoCall("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = Ffm.errnoCall("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle RECV = Ffm.errnoCall("recv", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle SEND = Ffm.errnoCall("send", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle GETSOCKOPT = Ffm.errnoCall("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final int MSG_DONTWAIT = 0x40;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final MethodHandle CLOSE = Ffm.errnoCall("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle POLL = Ffm.errnoCall("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle IOCTL = Ffm.errnoCall("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS),
            Linker.Option.firstVariadicArg(2));
    private static final long FIONREAD = 0x541B;
    private static final MethodHandle SHUTDOWN = Ffm.errnoCall("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle LISTEN = Ffm.errnoCall("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle EVENTFD = Ffm.errnoCall("eventfd", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));

    /** pipe2(O_CLOEXEC): {readEnd, writeEnd}, or {-errno}. */
    public static int[] pipe() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) PIPE2.invokeExact(state, fds, O_CLOEXEC);
            if (r != 0) return new int[] {-Ffm.errno(state)};
            return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC): two connected ends, or {-errno}. */
    public static int[] socketPair() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) SOCKETPAIR.invokeExact(state, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds);
            if (r != 0) return new int[] {-Ffm.errno(state)};
            return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** An eventfd (close-on-exec) to wake a thread sitting in {@link #poll}; -errno on failure. */
    public static int eventFd() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int fd = (int) EVENTFD.invokeExact(state, 0, EFD_CLOEXEC);
            return fd >= 0 ? fd : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** Wake whoever polls the eventfd (adds 1 to its counter). */
    public static void signal(int eventFd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment one = arena.allocate(JAVA_LONG);
            one.set(JAVA_LONG, 0, 1L);
            MemorySegment state = Ffm.captureState(arena);
            long ignored = (long) WRITE.invokeExact(state, eventFd, one, 8L);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** Make fd non-blocking (only this open file description: the child's end keeps blocking). */
    public static int setNonBlocking(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int flags = (int) FCNTL.invokeExact(state, fd, F_GETFL, 0);
            if (flags < 0) return -Ffm.errno(state);
            int r = (int) FCNTL.invokeExact(state, fd, F_SETFL, flags | O_NONBLOCK);
            return r < 0 ? -Ffm.errno(state) : 0;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** fcntl(F_GETFL): fd's status flags, or -errno. */
    public static int statusFlags(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int flags = (int) FCNTL.invokeExact(state, fd, F_GETFL, 0);
            return flags < 0 ? -Ffm.errno(state) : flags;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** fcntl(F_SETFL): 0 or -errno. */
    public static int setStatusFlags(int fd, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) FCNTL.invokeExact(state, fd, F_SETFL, flags);
            return r < 0 ? -Ffm.errno(state) : 0;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** A close-on-exec duplicate of fd numbered at least {@code min}; -errno on failure. */
    public static int dupAtLeast(int fd, int min) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) FCNTL.invokeExact(state, fd, F_DUPFD_CLOEXEC, min);
            return r >= 0 ? r : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** Whether fd is a socket (getsockopt(SO_TYPE) works on it). */
    public static boolean isSocket(int fd) {
        return socketOption(fd, 3 /* SO_TYPE */) >= 0;
    }

    /**
     * What kind of socket fd is, as libuv's uv_guess_handle names it: "PIPE" (a
     * Unix domain stream socket), "TCP", "UDP", or null when fd is no socket.
     */
    public static String socketKind(int fd) {
        int type = socketOption(fd, 3 /* SO_TYPE */);
        if (type < 0) return null;
        int domain = socketOption(fd, 39 /* SO_DOMAIN */);
        if (domain == 1 /* AF_UNIX */) return type == 1 /* SOCK_STREAM */ ? "PIPE" : "UNKNOWN";
        if (domain == 2 || domain == 10 /* AF_INET, AF_INET6 */) {
            return type == 1 ? "TCP" : type == 2 /* SOCK_DGRAM */ ? "UDP" : "UNKNOWN";
        }
        return "UNKNOWN";
    }

    /** An int SOL_SOCKET option of fd, or -1 when fd is no socket. */
    private static int socketOption(int fd, int option) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = arena.allocate(JAVA_INT);
            MemorySegment length = arena.allocate(JAVA_INT);
            length.set(JAVA_INT, 0, 4);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) GETSOCKOPT.invokeExact(state, fd, 1 /* SOL_SOCKET */, option, value, length);
            return r == 0 ? value.get(JAVA_INT, 0) : -1;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /**
     * read(2) into buf: count, 0 at end of file, -errno (EAGAIN when nothing is
     * there yet). On a socket this is recv(MSG_DONTWAIT): non-blocking for this
     * call only, so a descriptor shared with a child keeps its blocking mode.
     * EINTR is retried.
     */
    public static long read(int fd, boolean socket, MemorySegment buf, MemorySegment state) {
        try {
            for (;;) {
                long n = socket
                        ? (long) RECV.invokeExact(state, fd, buf, buf.byteSize(), MSG_DONTWAIT)
                        : (long) READ.invokeExact(state, fd, buf, buf.byteSize());
                if (n >= 0) return n;
                int err = Ffm.errno(state);
                if (err != Errno.EINTR) return -err;
            }
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /**
     * One write(2) of buf: count or -errno (EAGAIN when the pipe is full). On a
     * socket this is send(MSG_DONTWAIT|MSG_NOSIGNAL). EINTR is retried.
     */
    public static long write(int fd, boolean socket, MemorySegment buf, MemorySegment state) {
        try {
            for (;;) {
                long n = socket
                        ? (long) SEND.invokeExact(state, fd, buf, buf.byteSize(), MSG_DONTWAIT | MSG_NOSIGNAL)
                        : (long) WRITE.invokeExact(state, fd, buf, buf.byteSize());
                if (n >= 0) return n;
                int err = Ffm.errno(state);
                if (err != Errno.EINTR) return -err;
            }
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** close(2): 0 or -errno. */
    public static int close(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) CLOSE.invokeExact(state, fd);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** ioctl(FIONREAD): bytes waiting to be read on fd, or -errno. */
    public static int bytesAvailable(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment count = arena.allocate(JAVA_INT);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) IOCTL.invokeExact(state, fd, FIONREAD, count);
            return r < 0 ? -Ffm.errno(state) : count.get(JAVA_INT, 0);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** shutdown(fd, SHUT_WR): the peer reads end of file; 0 or -errno (ENOTSOCK on a pipe). */
    /** listen(2) on a socket this process holds (server.listen({ fd })): 0 or -errno. */
    public static int listen(int fd, int backlog) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) LISTEN.invokeExact(state, fd, backlog);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    public static int shutdownWrite(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) SHUTDOWN.invokeExact(state, fd, 1);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** A capture-state segment for {@link #read}/{@link #write} callers that loop. */
    public static MemorySegment errnoState(Arena arena) {
        return Ffm.captureState(arena);
    }

    /**
     * poll(2) over several fds: revents[i] is filled in for fds[i]. Returns the
     * number of ready fds, 0 on timeout (timeoutMs < 0: none), -errno on failure
     * (EINTR is retried with the same timeout).
     */
    public static int poll(int[] fds, short[] events, short[] revents, int timeoutMs) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment set = arena.allocate(8L * fds.length);
            MemorySegment state = Ffm.captureState(arena);
            for (;;) {
                for (int i = 0; i < fds.length; i++) {
                    set.set(JAVA_INT, 8L * i, fds[i]);
                    set.set(JAVA_SHORT, 8L * i + 4, events[i]);
                    set.set(JAVA_SHORT, 8L * i + 6, (short) 0);
                }
                int r = (int) POLL.invokeExact(state, set, (long) fds.length, timeoutMs);
                if (r < 0 && Ffm.errno(state) == Errno.EINTR) continue;
                if (r < 0) return -Ffm.errno(state);
                for (int i = 0; i < fds.length; i++) revents[i] = set.get(JAVA_SHORT, 8L * i + 6);
                return r;
            }
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /**
     * Wait until fd is ready for {@code events} (or hung up / failed) or the
     * eventfd {@code wakeFd} is signalled. Returns true when fd is ready, false
     * when woken. EINTR is retried.
     */
    public static boolean await(int fd, short events, int wakeFd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(16);
            fds.set(JAVA_INT, 0, fd);
            fds.set(JAVA_SHORT, 4, events);
            fds.set(JAVA_INT, 8, wakeFd);
            fds.set(JAVA_SHORT, 12, POLLIN);
            MemorySegment state = Ffm.captureState(arena);
            for (;;) {
                fds.set(JAVA_SHORT, 6, (short) 0);
                fds.set(JAVA_SHORT, 14, (short) 0);
                int r = (int) POLL.invokeExact(state, fds, 2L, -1);
                if (r < 0) {
                    if (Ffm.errno(state) == Errno.EINTR) continue;
                    return true; // let the read/write report the error
                }
                if (fds.get(JAVA_SHORT, 14) != 0) return false;
                short revents = fds.get(JAVA_SHORT, 6);
                if ((revents & (events | POLLERR | POLLHUP)) != 0) return true;
                if (revents != 0) return true;
            }
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }
}
