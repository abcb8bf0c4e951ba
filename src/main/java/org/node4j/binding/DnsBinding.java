package org.node4j.binding;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.node4j.posix.AddrInfo;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('cares_wrap'): the system resolver (getaddrinfo, getnameinfo)
 * for dns.lookup and dns.lookupService, run on the shared pool like libuv's
 * uv_getaddrinfo. Each request keeps the loop alive until its callback has run
 * on the loop thread. Errors reach JS as libuv's negative codes; lib/dns.js
 * turns them into node's DNS errors.
 */
public final class DnsBinding {
    private final Isolate isolate;

    @Export public final int AI_ADDRCONFIG = AddrInfo.AI_ADDRCONFIG;
    @Export public final int AI_ALL = AddrInfo.AI_ALL;
    @Export public final int AI_V4MAPPED = AddrInfo.AI_V4MAPPED;

    /** How lookup orders its answer: as given, or one family before the other. */
    @Export public final int DNS_ORDER_VERBATIM = 0;
    @Export public final int DNS_ORDER_IPV4_FIRST = 1;
    @Export public final int DNS_ORDER_IPV6_FIRST = 2;

    DnsBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /**
     * Resolve hostname on the pool; oncomplete(0, addresses) or oncomplete(code)
     * on the loop. The name is converted to its ASCII (punycode) form first, as
     * node does, since the libc resolver knows nothing of IDNA.
     */
    @Export
    public void getaddrinfo(String hostname, int family, int flags, int order, Value oncomplete) {
        String ascii = toAscii(hostname);
        isolate.loop().beginRequest();
        FsPool.execute(() -> {
            int code = 0;
            List<String> addresses = List.of();
            try {
                addresses = ordered(AddrInfo.lookup(ascii, family, flags), order);
                if (addresses.isEmpty()) code = -3007; // UV_EAI_NODATA
            } catch (AddrInfo.LookupException e) {
                code = e.code();
            } catch (RuntimeException | Error bug) {
                code = -4094; // UNKNOWN: never leave the request pending
            }
            int err = code;
            ProxyArray list = ProxyArray.fromList(new ArrayList<>(addresses));
            isolate.loop().complete(() -> isolate.callback(oncomplete, err, list));
        });
    }

    /** Name and service of address:port on the pool; oncomplete(0, host, service) or oncomplete(code). */
    @Export
    public void getnameinfo(String address, int port, Value oncomplete) {
        isolate.loop().beginRequest();
        FsPool.execute(() -> {
            int code = 0;
            String[] names = {null, null};
            try {
                names = AddrInfo.nameOf(address, port);
            } catch (AddrInfo.LookupException e) {
                code = e.code();
            } catch (RuntimeException | Error bug) {
                code = -4094;
            }
            int err = code;
            String host = names[0];
            String service = names[1];
            isolate.loop().complete(() -> isolate.callback(oncomplete, err, host, service));
        });
    }

    /** A resolver's channel; timeout -1 takes the system default. */
    @Export
    public DnsChannel createChannel(int timeout, int tries, int maxTimeout) {
        return new DnsChannel(isolate, timeout, tries, maxTimeout);
    }

    /**
     * The PTR name of an address (4.3.2.1.in-addr.arpa, or the reversed
     * nibbles under ip6.arpa), or null when it is not an IP address.
     */
    @Export
    public String ptrName(String address) {
        byte[] ip = AddrInfo.parse(address);
        if (ip == null) return null;
        StringBuilder sb = new StringBuilder();
        if (ip.length == 4) {
            for (int i = 3; i >= 0; i--) sb.append(ip[i] & 0xff).append('.');
            return sb.append("in-addr.arpa").toString();
        }
        for (int i = 15; i >= 0; i--) {
            sb.append(Character.forDigit(ip[i] & 0xf, 16)).append('.');
            sb.append(Character.forDigit((ip[i] >> 4) & 0xf, 16)).append('.');
        }
        return sb.append("ip6.arpa").toString();
    }

    /** 4 or 6 for an address inet_pton accepts, else 0. */
    @Export
    public int ipFamily(String address) {
        byte[] ip = AddrInfo.parse(address);
        return ip == null ? 0 : ip.length == 4 ? 4 : 6;
    }

    private static List<String> ordered(List<AddrInfo.Address> found, int order) {
        List<String> out = new ArrayList<>(found.size());
        if (order == 0) {
            for (AddrInfo.Address a : found) out.add(a.address());
            return out;
        }
        int first = order == 1 ? 4 : 6;
        for (AddrInfo.Address a : found) if (a.family() == first) out.add(a.address());
        for (AddrInfo.Address a : found) if (a.family() != first) out.add(a.address());
        return out;
    }

    private static String toAscii(String hostname) {
        try {
            return IDN.toASCII(hostname, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return hostname;
        }
    }
}
