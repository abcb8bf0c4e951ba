package org.node4j.udp;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The socket calls libuv makes that Netty's datagram channel does not offer,
 * made on the channel's own descriptor: sendto that returns at once with the
 * kernel's verdict (and sends empty datagrams, which Netty skips), IP_TTL,
 * IPV6_V6ONLY, and the IP-level multicast options exactly as libuv sets them
 * (joining on INADDR_ANY, source-specific groups, per-family option names).
 * Every call returns 0 (or a count) or -errno; none blocks.
 */
public final class SocketCalls {
    private SocketCalls() {}

    public static final int SOL_SOCKET = 1;
    public static final int IPPROTO_IP = 0;
    public static final int IPPROTO_IPV6 = 41;

    public static final int IP_TTL = 2;
    public static final int IP_MULTICAST_IF = 32;
    public static final int IP_MULTICAST_TTL = 33;
    public static final int IP_MULTICAST_LOOP = 34;
    public static final int IP_ADD_MEMBERSHIP = 35;
    public static final int IP_DROP_MEMBERSHIP = 36;
    public static final int IP_ADD_SOURCE_MEMBERSHIP = 39;
    public static final int IP_DROP_SOURCE_MEMBERSHIP = 40;
    public static final int IPV6_UNICAST_HOPS = 16;
    public static final int IPV6_MULTICAST_IF = 17;
    public static final int IPV6_MULTICAST_HOPS = 18;
    public static final int IPV6_MULTICAST_LOOP = 19;
    public static final int IPV6_ADD_MEMBERSHIP = 20;
    public static final int IPV6_DROP_MEMBERSHIP = 21;
    public static final int IPV6_V6ONLY = 26;
    /** MCAST_JOIN_SOURCE_GROUP / MCAST_LEAVE_SOURCE_GROUP (protocol independent, for IPv6). */
    public static final int MCAST_JOIN_SOURCE_GROUP = 46;
    public static final int MCAST_LEAVE_SOURCE_GROUP = 47;

    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int MSG_DONTWAIT = 0x40;
    private static final int SOCKADDR_STORAGE = 128;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SENDTO = downcall("sendto",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SETSOCKOPT = downcall("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));

    private static final MethodHandle GETSOCKNAME = downcall("getsockname",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle GETPEERNAME = downcall("getpeername",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));

    private static MethodHandle downcall(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), fd,
                Linker.Option.captureCallState("errno"));
    }

    /**
     * One datagram of {@code length} bytes from {@code data}, to {@code to}
     * (null on a connected socket), without waiting: bytes sent or -errno
     * (-EAGAIN when the socket buffer is full).
     */
    public static long sendTo(int fd, byte[] data, int length, InetAddress to, int port) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, length));
            MemorySegment.copy(data, 0, buf, JAVA_BYTE, 0, length);
            MemorySegment addr = MemorySegment.NULL;
            int addrLen = 0;
            if (to != null) {
                addr = arena.allocate(SOCKADDR_STORAGE);
                addrLen = sockaddr(addr, to, port);
            }
            MemorySegment state = arena.allocate(CAPTURE);
            long n = (long) SENDTO.invokeExact(state, fd, buf, (long) length, MSG_DONTWAIT, addr, addrLen);
            return n < 0 ? -errno(state) : n;
        } catch (Throwable t) {
            throw new IllegalStateException("sendto failed: " + t, t);
        }
    }

    /** setsockopt with an int value. */
    public static int setInt(int fd, int level, int option, int value) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(JAVA_INT);
            v.set(JAVA_INT, 0, value);
            return set(arena, fd, level, option, v);
        }
    }

    /** setsockopt with a struct, given as the bytes of its value. */
    public static int setBytes(int fd, int level, int option, byte[] value) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(value.length);
            MemorySegment.copy(value, 0, v, JAVA_BYTE, 0, value.length);
            return set(arena, fd, level, option, v);
        }
    }

    private static int set(Arena arena, int fd, int level, int option, MemorySegment value) {
        try {
            MemorySegment state = arena.allocate(CAPTURE);
            int r = (int) SETSOCKOPT.invokeExact(state, fd, level, option, value, (int) value.byteSize());
            return r < 0 ? -errno(state) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException("setsockopt failed: " + t, t);
        }
    }

    /** The socket's own address now (getsockname), or null with the errno in {@code errno[0]}. */
    public static InetSocketAddress localAddress(int fd, int[] errno) {
        return name(GETSOCKNAME, fd, errno);
    }

    /** The connected peer (getpeername), or null with the errno in {@code errno[0]}. */
    public static InetSocketAddress remoteAddress(int fd, int[] errno) {
        return name(GETPEERNAME, fd, errno);
    }

    private static InetSocketAddress name(MethodHandle call, int fd, int[] errno) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment addr = arena.allocate(SOCKADDR_STORAGE);
            MemorySegment len = arena.allocate(JAVA_INT);
            len.set(JAVA_INT, 0, SOCKADDR_STORAGE);
            MemorySegment state = arena.allocate(CAPTURE);
            int r = (int) call.invokeExact(state, fd, addr, len);
            if (r < 0) {
                errno[0] = -errno(state);
                return null;
            }
            return fromSockaddr(addr);
        } catch (Throwable t) {
            throw new IllegalStateException("getsockname failed: " + t, t);
        }
    }

    private static InetSocketAddress fromSockaddr(MemorySegment addr) throws java.net.UnknownHostException {
        int family = addr.get(JAVA_SHORT, 0);
        int port = ((addr.get(JAVA_BYTE, 2) & 0xff) << 8) | (addr.get(JAVA_BYTE, 3) & 0xff);
        if (family == AF_INET) {
            return new InetSocketAddress(InetAddress.getByAddress(addr.asSlice(4, 4).toArray(JAVA_BYTE)), port);
        }
        byte[] bytes = addr.asSlice(8, 16).toArray(JAVA_BYTE);
        int scope = addr.get(JAVA_INT, 24);
        return new InetSocketAddress(Inet6Address.getByAddress(null, bytes, scope), port);
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /** Writes a sockaddr_in or sockaddr_in6 into {@code into}; returns its length. */
    static int sockaddr(MemorySegment into, InetAddress address, int port) {
        byte[] bytes = address.getAddress();
        short netPort = (short) (((port & 0xff) << 8) | ((port >> 8) & 0xff));
        if (bytes.length == 4) {
            into.set(JAVA_SHORT, 0, (short) AF_INET);
            into.set(JAVA_SHORT, 2, netPort);
            MemorySegment.copy(bytes, 0, into, JAVA_BYTE, 4, 4);
            return 16;
        }
        into.set(JAVA_SHORT, 0, (short) AF_INET6);
        into.set(JAVA_SHORT, 2, netPort);
        into.set(JAVA_INT, 4, 0);
        MemorySegment.copy(bytes, 0, into, JAVA_BYTE, 8, 16);
        into.set(JAVA_INT, 24, address instanceof Inet6Address v6 ? v6.getScopeId() : 0);
        return 28;
    }

    /** struct sockaddr_storage bytes for address (port 0), for the group_source_req options. */
    public static byte[] sockaddrBytes(InetAddress address) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(SOCKADDR_STORAGE);
            sockaddr(s, address, 0);
            return s.toArray(JAVA_BYTE);
        }
    }
}
