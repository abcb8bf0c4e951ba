package org.node4j.udp;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.node4j.posix.Errno;

import static org.node4j.udp.SocketCalls.IPPROTO_IP;
import static org.node4j.udp.SocketCalls.IPPROTO_IPV6;

/**
 * The IP-level options of a UDP socket, set on its descriptor the way libuv
 * sets them (uv_udp_set_ttl, uv_udp_set_membership...): the same range checks,
 * the same option per address family, the same structs, so the kernel gives the
 * errors Node users see (EADDRINUSE for a group joined twice, ENODEV for an
 * interface address no interface has...). Netty's DatagramChannel covers only
 * part of this: its joinGroup needs a NetworkInterface (no "any interface"
 * join), and it has no IP_TTL or IPV6_V6ONLY. Every method returns 0 or -errno.
 */
public final class IpOptions {
    private IpOptions() {}

    public static int ttl(int fd, boolean ipv6, int ttl) {
        if (ttl < 1 || ttl > 255) return -Errno.EINVAL;
        return ipv6 ? SocketCalls.setInt(fd, IPPROTO_IPV6, SocketCalls.IPV6_UNICAST_HOPS, ttl)
                : SocketCalls.setInt(fd, IPPROTO_IP, SocketCalls.IP_TTL, ttl);
    }

    public static int multicastTtl(int fd, boolean ipv6, int ttl) {
        if (ttl < 0 || ttl > 255) return -Errno.EINVAL;
        return ipv6 ? SocketCalls.setInt(fd, IPPROTO_IPV6, SocketCalls.IPV6_MULTICAST_HOPS, ttl)
                : SocketCalls.setInt(fd, IPPROTO_IP, SocketCalls.IP_MULTICAST_TTL, ttl);
    }

    public static int multicastLoop(int fd, boolean ipv6, boolean on) {
        int v = on ? 1 : 0;
        return ipv6 ? SocketCalls.setInt(fd, IPPROTO_IPV6, SocketCalls.IPV6_MULTICAST_LOOP, v)
                : SocketCalls.setInt(fd, IPPROTO_IP, SocketCalls.IP_MULTICAST_LOOP, v);
    }

    public static int v6Only(int fd) {
        return SocketCalls.setInt(fd, IPPROTO_IPV6, SocketCalls.IPV6_V6ONLY, 1);
    }

    /**
     * IP_MULTICAST_IF by the interface's address, or IPV6_MULTICAST_IF by its
     * index (the zone of an IPv6 iface). As libuv, the family of iface picks the
     * option, whatever the socket's family (the kernel then refuses a mismatch
     * with ENOPROTOOPT); null means the default interface.
     */
    public static int multicastInterface(int fd, boolean ipv6, String iface) {
        InetAddress a = null;
        if (iface != null) {
            a = group(iface);
            if (a == null) return -Errno.EINVAL;
        }
        boolean v6 = a == null ? ipv6 : a instanceof Inet6Address;
        if (v6) {
            int scope = a == null ? 0 : ((Inet6Address) a).getScopeId();
            return SocketCalls.setInt(fd, IPPROTO_IPV6, SocketCalls.IPV6_MULTICAST_IF, scope);
        }
        byte[] addr = a == null ? new byte[4] : a.getAddress();
        return SocketCalls.setBytes(fd, IPPROTO_IP, SocketCalls.IP_MULTICAST_IF, addr);
    }

    /** The family of a group address as uv_udp_set_membership reads it: IPv4, else IPv6, else null. */
    public static InetAddress group(String text) {
        InetAddress a = IpLiteral.parse(text, false);
        return a != null ? a : IpLiteral.parse(text, true);
    }

    /** Join or leave a group on the interface with address iface (null: the kernel's choice). */
    public static int membership(int fd, InetAddress group, String iface, boolean join) {
        if (group instanceof Inet4Address) {
            byte[] ifaceAddr = new byte[4];
            if (iface != null) {
                InetAddress a = IpLiteral.parse(iface, false);
                if (a == null) return -Errno.EINVAL;
                ifaceAddr = a.getAddress();
            }
            // struct ip_mreq { in_addr imr_multiaddr; in_addr imr_interface; }
            ByteBuffer mreq = ByteBuffer.allocate(8).put(group.getAddress()).put(ifaceAddr);
            return SocketCalls.setBytes(fd, IPPROTO_IP,
                    join ? SocketCalls.IP_ADD_MEMBERSHIP : SocketCalls.IP_DROP_MEMBERSHIP, mreq.array());
        }
        int index = 0;
        if (iface != null) {
            InetAddress a = IpLiteral.parse(iface, true);
            if (a == null) return -Errno.EINVAL;
            index = ((Inet6Address) a).getScopeId();
        }
        // struct ipv6_mreq { in6_addr ipv6mr_multiaddr; unsigned ipv6mr_interface; }
        ByteBuffer mreq = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder()).put(group.getAddress()).putInt(index);
        return SocketCalls.setBytes(fd, IPPROTO_IPV6,
                join ? SocketCalls.IPV6_ADD_MEMBERSHIP : SocketCalls.IPV6_DROP_MEMBERSHIP, mreq.array());
    }

    /** Join or leave a source-specific group: datagrams to group from source only. */
    public static int sourceMembership(int fd, InetAddress source, InetAddress group, String iface, boolean join) {
        if (group instanceof Inet4Address) {
            if (!(source instanceof Inet4Address)) return -Errno.EINVAL;
            byte[] ifaceAddr = new byte[4];
            if (iface != null) {
                InetAddress a = IpLiteral.parse(iface, false);
                if (a == null) return -Errno.EINVAL;
                ifaceAddr = a.getAddress();
            }
            // struct ip_mreq_source { imr_multiaddr; imr_interface; imr_sourceaddr; } (Linux order)
            ByteBuffer mreq = ByteBuffer.allocate(12).put(group.getAddress()).put(ifaceAddr).put(source.getAddress());
            return SocketCalls.setBytes(fd, IPPROTO_IP,
                    join ? SocketCalls.IP_ADD_SOURCE_MEMBERSHIP : SocketCalls.IP_DROP_SOURCE_MEMBERSHIP, mreq.array());
        }
        if (!(source instanceof Inet6Address)) return -Errno.EINVAL;
        int index = 0;
        if (iface != null) {
            InetAddress a = IpLiteral.parse(iface, true);
            if (a == null) return -Errno.EINVAL;
            index = ((Inet6Address) a).getScopeId();
        }
        // struct group_source_req { uint32 gsr_interface; (4 bytes padding) sockaddr_storage gsr_group, gsr_source; }
        ByteBuffer req = ByteBuffer.allocate(264).order(ByteOrder.nativeOrder());
        req.putInt(0, index);
        req.put(8, SocketCalls.sockaddrBytes(group));
        req.put(136, SocketCalls.sockaddrBytes(source));
        return SocketCalls.setBytes(fd, IPPROTO_IPV6,
                join ? SocketCalls.MCAST_JOIN_SOURCE_GROUP : SocketCalls.MCAST_LEAVE_SOURCE_GROUP, req.array());
    }
}
