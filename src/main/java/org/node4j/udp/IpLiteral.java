package org.node4j.udp;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

import io.netty.util.NetUtil;

/**
 * IP address text as libuv's uv_ip4_addr/uv_ip6_addr read it: a literal of the
 * socket's family or nothing (never a DNS query; names were resolved in JS).
 * IPv6 text may carry a zone, by interface name or number ("fe80::1%eth0").
 */
public final class IpLiteral {
    private IpLiteral() {}

    /** The address, or null when text is not a literal of that family (libuv's EINVAL). */
    public static InetAddress parse(String text, boolean ipv6) {
        if (text == null) return null;
        return ipv6 ? parse6(text) : parse4(text);
    }

    private static InetAddress parse4(String text) {
        // Only dotted quads, as inet_pton: Java's own parser also takes "127.1".
        if (!NetUtil.isValidIpV4Address(text)) return null;
        try {
            return InetAddress.getByAddress(NetUtil.createByteArrayFromIpAddressString(text));
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static InetAddress parse6(String text) {
        int percent = text.indexOf('%');
        String host = percent < 0 ? text : text.substring(0, percent);
        if (!NetUtil.isValidIpV6Address(host)) return null;
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(host);
        if (bytes == null) return null;
        if (bytes.length == 4) bytes = mapped(bytes);
        int scope = percent < 0 ? 0 : scopeId(text.substring(percent + 1));
        try {
            // getByAddress(null, ...) keeps a v4-mapped address an Inet6Address, as the kernel sees it.
            return Inet6Address.getByAddress(null, bytes, scope);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** ::ffff:a.b.c.d */
    private static byte[] mapped(byte[] v4) {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(v4, 0, v6, 12, 4);
        return v6;
    }

    /** As uv_ip6_addr: a zone that names no interface is scope 0, not an error. */
    private static int scopeId(String zone) {
        if (zone.isEmpty()) return 0;
        if (zone.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.parseInt(zone);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        try {
            NetworkInterface nif = NetworkInterface.getByName(zone);
            return nif == null ? 0 : nif.getIndex();
        } catch (SocketException e) {
            return 0;
        }
    }

    /** Node's text for an address: dotted quad, or IPv6 with its zone as "%name" when it has one. */
    public static String format(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            String text = NetUtil.toAddressString(v6, true);
            int scope = v6.getScopeId();
            if (scope != 0) {
                String zone = zoneName(scope);
                text = text + '%' + zone;
            }
            return text;
        }
        return address.getHostAddress();
    }

    private static String zoneName(int scope) {
        try {
            NetworkInterface nif = NetworkInterface.getByIndex(scope);
            return nif != null ? nif.getName() : Integer.toString(scope);
        } catch (SocketException e) {
            return Integer.toString(scope);
        }
    }

    public static boolean isIpv4(InetAddress address) {
        return address instanceof Inet4Address;
    }
}
