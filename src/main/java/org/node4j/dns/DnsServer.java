package org.node4j.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

import org.node4j.posix.AddrInfo;
import org.node4j.posix.Interfaces;

/**
 * A name server: the address as getServers() prints it (inet_ntop text, no
 * zone) and the socket address queries go to. The text is kept apart because
 * Java folds an IPv4-mapped IPv6 address into plain IPv4, and node still
 * lists ::ffff:1.2.3.4 as given.
 */
public record DnsServer(String text, int port, InetSocketAddress socket) {
    /** A server from an IP literal (an IPv6 one may carry a %zone), never a name lookup; null if not one. */
    public static DnsServer parse(String address, int port) {
        byte[] ip = AddrInfo.parse(address);
        if (ip == null) return null;
        try {
            InetAddress addr = InetAddress.getByAddress(ip);
            int zone = address.indexOf('%');
            if (ip.length == 16 && zone >= 0) {
                addr = Inet6Address.getByAddress(null, ip, AddrInfo.scopeId(address.substring(zone + 1)));
            }
            String text = ip.length == 4
                    ? (ip[0] & 0xff) + "." + (ip[1] & 0xff) + "." + (ip[2] & 0xff) + "." + (ip[3] & 0xff)
                    : Interfaces.ipv6(ip);
            return new DnsServer(text, port, new InetSocketAddress(addr, port));
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** c-ares keeps one entry per address and port. */
    public boolean sameAs(DnsServer other) {
        return text.equals(other.text) && port == other.port;
    }
}
