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
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * getaddrinfo(3) and getnameinfo(3), the system resolver behind dns.lookup and
 * dns.lookupService: it honours /etc/hosts, nsswitch and the libc's own policy,
 * which the DNS protocol client cannot. Both block, so callers run them on the
 * pool. Failures are libuv's negative codes (UV_EAI_NONAME is -3008), because
 * that is what node reports as a lookup error's errno.
 */
public final class AddrInfo {
    private AddrInfo() {}

    /** One resolved address: family 4 or 6 and its text form. */
    public record Address(int family, String address) {}

    /** A failed lookup: a libuv code, negative. */
    public static final class LookupException extends RuntimeException {
        private final int code;

        LookupException(int code) {
            super("getaddrinfo " + code, null, false, false);
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    // The <netdb.h> flags node exposes as dns.ADDRCONFIG, dns.V4MAPPED and dns.ALL (glibc values).
    public static final int AI_V4MAPPED = 0x08;
    public static final int AI_ALL = 0x10;
    public static final int AI_ADDRCONFIG = 0x20;
    public static final int NI_NAMEREQD = 0x08;

    private static final int AF_UNSPEC = 0;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int SOCK_STREAM = 1;
    private static final int NI_MAXHOST = 1025;
    private static final int NI_MAXSERV = 32;
    private static final int EAI_SYSTEM = -11;

    // struct addrinfo (LP64): flags, family, socktype, protocol, addrlen (+pad), addr, canonname, next.
    private static final long AI_FLAGS = 0;
    private static final long AI_FAMILY = 4;
    private static final long AI_SOCKTYPE = 8;
    private static final long AI_ADDR = 24;
    private static final long AI_NEXT = 40;
    private static final long ADDRINFO_SIZE = 48;

    private static final MethodHandle GETADDRINFO = Ffm.errnoCall("getaddrinfo",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle FREEADDRINFO = Ffm.call("freeaddrinfo", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle GETNAMEINFO = Ffm.errnoCall("getnameinfo",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle INET_NTOP = Ffm.call("inet_ntop",
            FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle INET_PTON = Ffm.call("inet_pton",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle IF_NAMETOINDEX = Ffm.call("if_nametoindex",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));

    /**
     * The addresses of host, in the order the libc gives them. family is 0, 4
     * or 6; flags are AI_* bits. Like libuv, the query asks for stream sockets
     * only, so each address appears once rather than once per protocol.
     */
    public static List<Address> lookup(String host, int family, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment hints = arena.allocate(ADDRINFO_SIZE);
            hints.set(JAVA_INT, AI_FLAGS, flags);
            hints.set(JAVA_INT, AI_FAMILY, family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC);
            hints.set(JAVA_INT, AI_SOCKTYPE, SOCK_STREAM);
            MemorySegment result = arena.allocate(ADDRESS);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) GETADDRINFO.invokeExact(state, arena.allocateFrom(host), MemorySegment.NULL, hints, result);
            if (r != 0) throw new LookupException(translate(r, Ffm.errno(state)));
            MemorySegment first = result.get(ADDRESS, 0);
            try {
                return collect(first, arena);
            } finally {
                FREEADDRINFO.invokeExact(first);
            }
        } catch (LookupException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    private static List<Address> collect(MemorySegment first, Arena arena) throws Throwable {
        List<Address> out = new ArrayList<>();
        MemorySegment text = arena.allocate(64);
        for (MemorySegment p = first; !p.equals(MemorySegment.NULL); ) {
            MemorySegment ai = p.reinterpret(ADDRINFO_SIZE);
            int family = ai.get(JAVA_INT, AI_FAMILY);
            MemorySegment sa = ai.get(ADDRESS, AI_ADDR).reinterpret(28);
            if (family == AF_INET || family == AF_INET6) {
                // sin_addr sits at 4, sin6_addr at 8.
                MemorySegment raw = sa.asSlice(family == AF_INET ? 4 : 8);
                MemorySegment s = (MemorySegment) INET_NTOP.invokeExact(family, raw, text, 64);
                if (!s.equals(MemorySegment.NULL)) {
                    out.add(new Address(family == AF_INET ? 4 : 6, text.getString(0, StandardCharsets.US_ASCII)));
                }
            }
            p = ai.get(ADDRESS, AI_NEXT);
        }
        return out;
    }

    /** [hostname, service] for an IP address and port, or a {@link LookupException}. */
    public static String[] nameOf(String address, int port) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sa = sockaddr(arena, address, port);
            if (sa == null) throw new LookupException(-Errno.EINVAL);
            MemorySegment host = arena.allocate(NI_MAXHOST);
            MemorySegment serv = arena.allocate(NI_MAXSERV);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) GETNAMEINFO.invokeExact(state, sa, (int) sa.byteSize(), host, NI_MAXHOST, serv, NI_MAXSERV,
                    NI_NAMEREQD);
            if (r != 0) throw new LookupException(translate(r, Ffm.errno(state)));
            return new String[] {host.getString(0, StandardCharsets.UTF_8), serv.getString(0, StandardCharsets.UTF_8)};
        } catch (LookupException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** The raw bytes (4 or 16) of an IP literal, or null when it is not one. */
    public static byte[] parse(String address) {
        try (Arena arena = Arena.ofConfined()) {
            String bare = address;
            int zone = bare.indexOf('%');
            if (zone >= 0) bare = bare.substring(0, zone);
            MemorySegment dst = arena.allocate(16);
            MemorySegment src = arena.allocateFrom(bare);
            if ((int) INET_PTON.invokeExact(AF_INET, src, dst) == 1) return dst.asSlice(0, 4).toArray(JAVA_BYTE);
            if ((int) INET_PTON.invokeExact(AF_INET6, src, dst) == 1) return dst.toArray(JAVA_BYTE);
            return null;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** A sockaddr_in or sockaddr_in6 for address:port; an IPv6 zone is an interface name or index. */
    private static MemorySegment sockaddr(Arena arena, String address, int port) throws Throwable {
        byte[] ip = parse(address);
        if (ip == null) return null;
        short netPort = Short.reverseBytes((short) port);
        if (ip.length == 4) {
            MemorySegment sin = arena.allocate(16);
            sin.set(JAVA_SHORT, 0, (short) AF_INET);
            sin.set(JAVA_SHORT, 2, netPort);
            MemorySegment.copy(ip, 0, sin, JAVA_BYTE, 4, 4);
            return sin;
        }
        MemorySegment sin6 = arena.allocate(28);
        sin6.set(JAVA_SHORT, 0, (short) AF_INET6);
        sin6.set(JAVA_SHORT, 2, netPort);
        MemorySegment.copy(ip, 0, sin6, JAVA_BYTE, 8, 16);
        int zone = address.indexOf('%');
        if (zone >= 0) sin6.set(JAVA_INT, 24, scopeId(arena, address.substring(zone + 1)));
        return sin6;
    }

    /** An IPv6 zone as a scope id: an interface's index by name, or a number; 0 when neither. */
    public static int scopeId(String zone) {
        try (Arena arena = Arena.ofConfined()) {
            return scopeId(arena, zone);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    private static int scopeId(Arena arena, String zone) throws Throwable {
        int index = (int) IF_NAMETOINDEX.invokeExact(arena.allocateFrom(zone));
        if (index != 0) return index;
        try {
            return Integer.parseInt(zone);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** glibc's EAI_* to libuv's UV_EAI_* (uv__getaddrinfo_translate_error). */
    static int translate(int eai, int errno) {
        return switch (eai) {
            case -1 -> -3002; // EAI_BADFLAGS
            case -2 -> -3008; // EAI_NONAME
            case -3 -> -3001; // EAI_AGAIN
            case -4 -> -3004; // EAI_FAIL
            case -5 -> -3007; // EAI_NODATA
            case -6 -> -3005; // EAI_FAMILY
            case -7 -> -3011; // EAI_SOCKTYPE
            case -8 -> -3010; // EAI_SERVICE
            case -9 -> -3000; // EAI_ADDRFAMILY
            case -10 -> -3006; // EAI_MEMORY
            case -12 -> -3009; // EAI_OVERFLOW
            case -101 -> -3003; // EAI_CANCELED
            case EAI_SYSTEM -> errno != 0 ? -errno : -4094;
            default -> -4094; // UNKNOWN
        };
    }
}
