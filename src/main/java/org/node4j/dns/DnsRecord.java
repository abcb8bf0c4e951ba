package org.node4j.dns;

import java.util.List;

/**
 * One resource record of an answer, decoded: only the types node's resolve*
 * functions can return. Names are presentation form without the trailing dot,
 * as c-ares gives them; ttl is seconds.
 */
public sealed interface DnsRecord {
    int ttl();

    /** The RR type number this record answers (1 for A, 28 for AAAA, ...). */
    int type();

    record A(int ttl, String address) implements DnsRecord {
        public int type() { return DnsType.A; }
    }

    record Aaaa(int ttl, String address) implements DnsRecord {
        public int type() { return DnsType.AAAA; }
    }

    /** CNAME, NS and PTR: a single domain name. */
    record Name(int type, int ttl, String name) implements DnsRecord {}

    record Mx(int ttl, int priority, String exchange) implements DnsRecord {
        public int type() { return DnsType.MX; }
    }

    /** One TXT record: its character-strings, not joined. */
    record Txt(int ttl, List<String> chunks) implements DnsRecord {
        public int type() { return DnsType.TXT; }
    }

    record Soa(int ttl, String nsname, String hostmaster, long serial, long refresh, long retry, long expire,
               long minttl) implements DnsRecord {
        public int type() { return DnsType.SOA; }
    }

    record Srv(int ttl, int priority, int weight, int port, String name) implements DnsRecord {
        public int type() { return DnsType.SRV; }
    }

    record Naptr(int ttl, int order, int preference, String flags, String service, String regexp,
                 String replacement) implements DnsRecord {
        public int type() { return DnsType.NAPTR; }
    }

    record Caa(int ttl, int critical, String tag, String value) implements DnsRecord {
        public int type() { return DnsType.CAA; }
    }

    record Tlsa(int ttl, int certUsage, int selector, int match, byte[] data) implements DnsRecord {
        public int type() { return DnsType.TLSA; }
    }
}
