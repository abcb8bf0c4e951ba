package org.node4j.dns;

/** The RR type numbers (RFC 1035 and successors) the resolver asks for. */
public final class DnsType {
    private DnsType() {}

    public static final int A = 1;
    public static final int NS = 2;
    public static final int CNAME = 5;
    public static final int SOA = 6;
    public static final int PTR = 12;
    public static final int MX = 15;
    public static final int TXT = 16;
    public static final int AAAA = 28;
    public static final int SRV = 33;
    public static final int NAPTR = 35;
    public static final int OPT = 41;
    public static final int TLSA = 52;
    public static final int ANY = 255;
    public static final int CAA = 257;
}
