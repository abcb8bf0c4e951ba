package org.node4j.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Socket addresses as node prints them: IPv6 in RFC 5952 form ("::1", not
 * Java's "0:0:0:0:0:0:0:1"), and an IPv4 peer of an IPv6 socket as the mapped
 * "::ffff:127.0.0.1" with family IPv6 (Java folds mapped addresses into IPv4).
 */
public final class AddressText {
    private AddressText() {}

    /** An address, port and family as getsockname() reports them in node. */
    public record Endpoint(String address, String family, int port) {}

    public static Endpoint of(InetSocketAddress socketAddress, boolean ipv6Socket) {
        InetAddress address = socketAddress.getAddress();
        if (address instanceof Inet4Address v4 && ipv6Socket) {
            return new Endpoint("::ffff:" + v4.getHostAddress(), "IPv6", socketAddress.getPort());
        }
        return new Endpoint(format(address), address instanceof Inet6Address ? "IPv6" : "IPv4",
                socketAddress.getPort());
    }

    public static String format(InetAddress address) {
        if (!(address instanceof Inet6Address v6)) return address.getHostAddress();
        byte[] b = v6.getAddress();
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        // The longest run of two or more zero words (the first of equals) becomes "::".
        int bestStart = -1, bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) j++;
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder text = new StringBuilder();
        if (bestStart == 0 && bestLength == 5 && words[5] == 0xffff) {
            // ::ffff:a.b.c.d keeps its dotted tail, as inet_ntop writes it.
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') text.append(':');
            text.append(Integer.toHexString(words[i]));
        }
        if (v6.getScopeId() != 0 || v6.getScopedInterface() != null) {
            text.append('%').append(v6.getScopedInterface() != null ? v6.getScopedInterface().getName() : v6.getScopeId());
        }
        return text.toString();
    }

    /** An IP literal (already validated by JS) as an InetAddress, without any name lookup. */
    public static InetAddress parse(String literal) throws UnknownHostException {
        String text = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
        // getByName would look a name up; only literals may come here.
        if (!text.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(%[0-9A-Za-z_.-]+)?")) {
            throw new UnknownHostException(literal);
        }
        return InetAddress.getByName(text);
    }
}
