package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * Network interface addresses from getifaddrs(3), in the kernel's order: the
 * addresses of interfaces that are up and running, each with its link-layer
 * (MAC) address, for os.networkInterfaces().
 */
public final class Interfaces {
    private Interfaces() {}

    /** One address: family "IPv4" or "IPv6", textual address and netmask, mac "aa:bb:..". */
    public record Address(String name, String address, String netmask, String family, String mac,
                          boolean internal, int scopeId) {}

    private static final MethodHandle GETIFADDRS = Ffm.errnoCall("getifaddrs", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle FREEIFADDRS = Ffm.call("freeifaddrs", FunctionDescriptor.ofVoid(ADDRESS));

    // struct ifaddrs (LP64): next, name, flags (+pad), addr, netmask, broad/dstaddr, data.
    private static final long IFA_NEXT = 0;
    private static final long IFA_NAME = 8;
    private static final long IFA_FLAGS = 16;
    private static final long IFA_ADDR = 24;
    private static final long IFA_NETMASK = 32;
    private static final long IFADDRS_SIZE = 56;

    private static final int IFF_UP = 0x1;
    private static final int IFF_LOOPBACK = 0x8;
    private static final int IFF_RUNNING = 0x40;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int AF_PACKET = 17;

    /** The addresses; throws {@link ErrnoException} when getifaddrs fails. */
    public static List<Address> list() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            MemorySegment head = arena.allocate(ADDRESS);
            int r = (int) GETIFADDRS.invokeExact(state, head);
            if (r != 0) throw new ErrnoException("getifaddrs", Ffm.errno(state));
            MemorySegment first = head.get(ADDRESS, 0);
            try {
                return collect(first);
            } finally {
                FREEIFADDRS.invokeExact(first);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    private record Raw(String name, int flags, int family, MemorySegment addr, MemorySegment netmask) {}

    private static List<Address> collect(MemorySegment first) {
        List<Raw> raws = new ArrayList<>();
        Map<String, String> macs = new HashMap<>();
        for (MemorySegment p = first; !p.equals(MemorySegment.NULL); ) {
            MemorySegment ifa = p.reinterpret(IFADDRS_SIZE);
            String name = ifa.get(ADDRESS, IFA_NAME).reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
            int flags = ifa.get(JAVA_INT, IFA_FLAGS);
            MemorySegment addr = ifa.get(ADDRESS, IFA_ADDR);
            if (!addr.equals(MemorySegment.NULL)) {
                addr = addr.reinterpret(28);
                int family = Short.toUnsignedInt(addr.get(JAVA_SHORT, 0));
                if (family == AF_PACKET) {
                    macs.putIfAbsent(name, mac(addr.reinterpret(20)));
                } else if ((flags & IFF_UP) != 0 && (flags & IFF_RUNNING) != 0
                        && (family == AF_INET || family == AF_INET6)) {
                    MemorySegment mask = ifa.get(ADDRESS, IFA_NETMASK);
                    raws.add(new Raw(name, flags, family, addr, mask.equals(MemorySegment.NULL) ? null : mask.reinterpret(28)));
                }
            }
            p = ifa.get(ADDRESS, IFA_NEXT);
        }
        List<Address> out = new ArrayList<>(raws.size());
        for (Raw raw : raws) {
            boolean internal = (raw.flags() & IFF_LOOPBACK) != 0;
            String mac = macs.getOrDefault(raw.name(), "00:00:00:00:00:00");
            if (raw.family() == AF_INET) {
                out.add(new Address(raw.name(), ipv4(raw.addr(), 4), raw.netmask() == null ? "0.0.0.0" : ipv4(raw.netmask(), 4),
                        "IPv4", mac, internal, 0));
            } else {
                out.add(new Address(raw.name(), ipv6(bytes(raw.addr(), 8, 16)),
                        raw.netmask() == null ? "::" : ipv6(bytes(raw.netmask(), 8, 16)),
                        "IPv6", mac, internal, raw.addr().get(JAVA_INT, 24)));
            }
        }
        return out;
    }

    /** sockaddr_ll: halen at 11, the address at 12; six bytes for Ethernet. */
    private static String mac(MemorySegment ll) {
        int len = Math.min(8, Byte.toUnsignedInt(ll.get(JAVA_BYTE, 11)));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            if (i > 0) sb.append(':');
            int b = i < len ? Byte.toUnsignedInt(ll.get(JAVA_BYTE, 12 + i)) : 0;
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }

    private static byte[] bytes(MemorySegment seg, long offset, int n) {
        byte[] b = new byte[n];
        MemorySegment.copy(seg, JAVA_BYTE, offset, b, 0, n);
        return b;
    }

    private static String ipv4(MemorySegment sin, long offset) {
        byte[] b = bytes(sin, offset, 4);
        return ipv4(b, 0);
    }

    private static String ipv4(byte[] b, int at) {
        return (b[at] & 0xff) + "." + (b[at + 1] & 0xff) + "." + (b[at + 2] & 0xff) + "." + (b[at + 3] & 0xff);
    }

    /**
     * RFC 5952 text of an IPv6 address, as inet_ntop writes it: lower-case hex,
     * the longest run (two or more, first on a tie) of zero groups as "::", and
     * the IPv4-mapped/compatible forms with a dotted quad.
     */
    public static String ipv6(byte[] a) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) bestStart = -1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (bestStart >= 0 && i >= bestStart && i < bestStart + bestLen) {
                if (i == bestStart) sb.append(':');
                continue;
            }
            if (i > 0) sb.append(':');
            boolean embedded = i == 6 && bestStart == 0
                    && (bestLen == 6 || (bestLen == 7 && w[7] != 1) || (bestLen == 5 && w[5] == 0xffff));
            if (embedded) {
                sb.append(ipv4(a, 12));
                break;
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (bestStart >= 0 && bestStart + bestLen == 8) sb.append(':');
        return sb.toString();
    }
}
