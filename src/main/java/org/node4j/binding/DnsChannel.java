package org.node4j.binding;

import java.net.IDN;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.node4j.dns.DnsClient;
import org.node4j.dns.DnsRecord;
import org.node4j.dns.DnsServer;
import org.node4j.dns.DnsType;
import org.node4j.dns.HostsFile;
import org.node4j.dns.ResolvConf;
import org.node4j.posix.AddrInfo;
import org.node4j.runtime.Isolate;

/**
 * One resolver's channel (node's ChannelWrap): its servers, options and the
 * queries in flight. A query keeps the loop alive until its callback has run
 * on the loop thread. Records reach JS as flat arrays, [type, ttl, fields...],
 * which lib/internal/dns/resolver.js shapes into node's result objects.
 */
public final class DnsChannel {
    private final Isolate isolate;
    private final DnsClient client;

    DnsChannel(Isolate isolate, int timeout, int tries, int maxTimeout) {
        this.isolate = isolate;
        this.client = new DnsClient(timeout, tries, maxTimeout, ResolvConf.system());
    }

    /**
     * Query name (converted to its ASCII form) for type; oncomplete(null,
     * records) or oncomplete(code) on the loop.
     */
    @Export
    public void query(String name, int type, Value oncomplete) {
        isolate.loop().beginRequest();
        client.query(toAscii(name), type, outcome -> {
            Object code = null;
            ProxyArray records = null;
            switch (outcome) {
                case DnsClient.Outcome.Answer answer -> records = toJs(answer.records());
                case DnsClient.Outcome.Failure failure -> code = failure.code();
            }
            Object err = code;
            ProxyArray result = records;
            isolate.loop().complete(() -> isolate.callback(oncomplete, err, result));
        });
    }

    /**
     * The names /etc/hosts gives an address ([] when none), checked before DNS
     * as c-ares does for a reverse lookup; null when the address is not an IP.
     */
    @Export
    public ProxyArray hostsNames(String address) {
        byte[] ip = AddrInfo.parse(address);
        if (ip == null) return null;
        return ProxyArray.fromList(new ArrayList<>(HostsFile.namesOf(ip)));
    }

    /** [address, port, address, port, ...]. */
    @Export
    public ProxyArray getServers() {
        List<Object> flat = new ArrayList<>();
        for (DnsServer s : client.servers()) {
            flat.add(s.text());
            flat.add(s.port());
        }
        return ProxyArray.fromList(flat);
    }

    /** Replaces the servers with [address, port, ...] pairs lib/ has validated; false if one does not parse. */
    @Export
    public boolean setServers(Value flat) {
        List<DnsServer> servers = new ArrayList<>();
        for (long i = 0; i + 1 < flat.getArraySize(); i += 2) {
            DnsServer s = DnsServer.parse(flat.getArrayElement(i).asString(), flat.getArrayElement(i + 1).asInt());
            if (s == null) return false;
            if (servers.stream().noneMatch(s::sameAs)) servers.add(s);
        }
        client.servers(servers);
        return true;
    }

    /** Source addresses for queries; either may be null. False when one is not an IP address. */
    @Export
    public boolean setLocalAddress(String v4, String v6) {
        try {
            InetAddress a4 = v4 == null ? null : InetAddress.getByAddress(AddrInfo.parse(v4));
            InetAddress a6 = v6 == null ? null : InetAddress.getByAddress(AddrInfo.parse(v6));
            client.localAddresses(a4, a6);
            return true;
        } catch (java.net.UnknownHostException | NullPointerException e) {
            return false;
        }
    }

    @Export
    public void cancel() {
        client.cancelAll();
    }

    private static ProxyArray toJs(List<DnsRecord> records) {
        List<Object> out = new ArrayList<>(records.size());
        for (DnsRecord r : records) out.add(ProxyArray.fromArray(fields(r)));
        return ProxyArray.fromList(out);
    }

    private static Object[] fields(DnsRecord record) {
        int ttl = record.ttl();
        return switch (record) {
            case DnsRecord.A a -> new Object[] {DnsType.A, ttl, a.address()};
            case DnsRecord.Aaaa a -> new Object[] {DnsType.AAAA, ttl, a.address()};
            case DnsRecord.Name n -> new Object[] {n.type(), ttl, n.name()};
            case DnsRecord.Mx mx -> new Object[] {DnsType.MX, ttl, mx.priority(), mx.exchange()};
            case DnsRecord.Txt txt -> new Object[] {DnsType.TXT, ttl, ProxyArray.fromList(new ArrayList<>(txt.chunks()))};
            case DnsRecord.Soa soa -> new Object[] {DnsType.SOA, ttl, soa.nsname(), soa.hostmaster(),
                    (double) soa.serial(), (double) soa.refresh(), (double) soa.retry(), (double) soa.expire(),
                    (double) soa.minttl()};
            case DnsRecord.Srv srv -> new Object[] {DnsType.SRV, ttl, srv.priority(), srv.weight(), srv.port(), srv.name()};
            case DnsRecord.Naptr n -> new Object[] {DnsType.NAPTR, ttl, n.order(), n.preference(), n.flags(),
                    n.service(), n.regexp(), n.replacement()};
            case DnsRecord.Caa caa -> new Object[] {DnsType.CAA, ttl, caa.critical(), caa.tag(), caa.value()};
            case DnsRecord.Tlsa t -> new Object[] {DnsType.TLSA, ttl, t.certUsage(), t.selector(), t.match(),
                    ByteBuffer.wrap(t.data())};
        };
    }

    private static String toAscii(String name) {
        try {
            return IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
