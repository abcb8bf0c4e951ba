package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Descriptors sent over a Unix socket with the bytes (sendmsg/recvmsg with
 * SCM_RIGHTS): how a parent hands a server or a connection to a forked child,
 * as libuv does for node's IPC channel. Layouts are Linux x86_64's:
 * struct msghdr is 56 bytes, struct cmsghdr a 16-byte header before the data.
 */
public final class FdPassing {
    private FdPassing() {}

    private static final MethodHandle SENDMSG = Ffm.errnoCall("sendmsg",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle RECVMSG = Ffm.errnoCall("recvmsg",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));

    private static final int SOL_SOCKET = 1;
    private static final int SCM_RIGHTS = 1;
    private static final int MSG_DONTWAIT = 0x40;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int MSG_CMSG_CLOEXEC = 0x40000000;
    private static final long MSGHDR_SIZE = 56;
    private static final long CMSG_HEADER = 16;
    /** Room for this many descriptors per received message: node sends one. */
    private static final int MAX_FDS = 16;

    /** What one recvmsg brought: a byte count (or -errno, 0 at end) and the descriptors. */
    public record Received(long count, int[] fds) {}

    /**
     * sendmsg(2) of buf with {@code fd} attached: bytes sent (the descriptor
     * travels with the first of them) or -errno (EAGAIN when the socket is full).
     */
    public static long send(int socket, MemorySegment buf, int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment iov = arena.allocate(16, 8);
            iov.set(ADDRESS, 0, buf);
            iov.set(JAVA_LONG, 8, buf.byteSize());
            long controlSize = CMSG_HEADER + 8;
            MemorySegment control = arena.allocate(controlSize, 8);
            control.set(JAVA_LONG, 0, CMSG_HEADER + 4);
            control.set(JAVA_INT, 8, SOL_SOCKET);
            control.set(JAVA_INT, 12, SCM_RIGHTS);
            control.set(JAVA_INT, 16, fd);
            MemorySegment header = arena.allocate(MSGHDR_SIZE, 8);
            header.set(ADDRESS, 16, iov);
            header.set(JAVA_LONG, 24, 1);
            header.set(ADDRESS, 32, control);
            header.set(JAVA_LONG, 40, controlSize);
            MemorySegment state = Ffm.captureState(arena);
            for (;;) {
                long n = (long) SENDMSG.invokeExact(state, socket, header, MSG_DONTWAIT | MSG_NOSIGNAL);
                if (n >= 0) return n;
                int err = Ffm.errno(state);
                if (err != Errno.EINTR) return -err;
            }
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** recvmsg(2) into buf, non-blocking, collecting any descriptors that came along (close-on-exec). */
    public static Received receive(int socket, MemorySegment buf) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment iov = arena.allocate(16, 8);
            iov.set(ADDRESS, 0, buf);
            iov.set(JAVA_LONG, 8, buf.byteSize());
            long controlSize = CMSG_HEADER + 4L * MAX_FDS;
            MemorySegment control = arena.allocate(controlSize, 8);
            MemorySegment header = arena.allocate(MSGHDR_SIZE, 8);
            header.set(ADDRESS, 16, iov);
            header.set(JAVA_LONG, 24, 1);
            header.set(ADDRESS, 32, control);
            header.set(JAVA_LONG, 40, controlSize);
            MemorySegment state = Ffm.captureState(arena);
            long n;
            for (;;) {
                n = (long) RECVMSG.invokeExact(state, socket, header, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
                if (n >= 0) break;
                int err = Ffm.errno(state);
                if (err != Errno.EINTR) return new Received(-err, new int[0]);
            }
            return new Received(n, descriptors(control, header.get(JAVA_LONG, 40)));
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** The SCM_RIGHTS descriptors among the control messages in control[0, length). */
    private static int[] descriptors(MemorySegment control, long length) {
        List<Integer> fds = new ArrayList<>();
        long at = 0;
        while (at + CMSG_HEADER <= length) {
            long cmsgLength = control.get(JAVA_LONG, at);
            if (cmsgLength < CMSG_HEADER) break;
            int level = control.get(JAVA_INT, at + 8);
            int type = control.get(JAVA_INT, at + 12);
            if (level == SOL_SOCKET && type == SCM_RIGHTS) {
                for (long p = at + CMSG_HEADER; p + 4 <= at + cmsgLength; p += 4) fds.add(control.get(JAVA_INT, p));
            }
            at += (cmsgLength + 7) & ~7L;
        }
        return fds.stream().mapToInt(Integer::intValue).toArray();
    }
}
