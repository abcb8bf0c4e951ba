package org.node4j.dns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The DNS wire format (RFC 1035 section 4) for one question and its answer:
 * builds the query c-ares would send and decodes the reply's header, question
 * and answer records. Written for the resolver's needs only, so it decodes
 * just the record types node can return and skips the rest.
 */
public final class DnsMessage {
    private DnsMessage() {}

    public static final int NOERROR = 0;
    public static final int FORMERR = 1;
    public static final int SERVFAIL = 2;
    public static final int NXDOMAIN = 3;
    public static final int NOTIMP = 4;
    public static final int REFUSED = 5;

    private static final int CLASS_IN = 1;
    private static final int FLAG_QR = 0x8000;
    private static final int FLAG_TC = 0x0200;
    private static final int FLAG_RD = 0x0100;

    /** A name the wire format cannot carry: an empty or over-long label, or over 255 bytes. */
    public static final class BadNameException extends Exception {
        BadNameException(String name) {
            super(name, null, false, false);
        }
    }

    /** A reply that does not parse. */
    public static final class BadResponseException extends Exception {
        BadResponseException(String why) {
            super(why, null, false, false);
        }
    }

    /** A decoded reply: its id, truncation flag, rcode, question and answer records. */
    public record Response(int id, boolean truncated, int rcode, String questionName, int questionType,
                           int answerCount, List<DnsRecord> answers) {
        /** Whether this reply answers our question (name compared case-insensitively). */
        public boolean answers(int queryId, String name, int type) {
            return id == queryId && questionType == type
                    && normalize(questionName).equals(normalize(name));
        }
    }

    private static String normalize(String name) {
        String n = name.endsWith(".") && !name.endsWith("\\.") ? name.substring(0, name.length() - 1) : name;
        return n.toLowerCase(Locale.ROOT);
    }

    /** A recursive query for name/type in class IN. */
    public static byte[] query(int id, String name, int type) throws BadNameException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + name.length());
        short16(out, id);
        short16(out, FLAG_RD);
        short16(out, 1);
        short16(out, 0);
        short16(out, 0);
        short16(out, 0);
        out.writeBytes(encodeName(name));
        short16(out, type);
        short16(out, CLASS_IN);
        return out.toByteArray();
    }

    /**
     * The wire form of a presentation-format name: dots separate labels, a
     * backslash escapes the next character or gives a byte as three decimal
     * digits. One trailing dot is allowed; "" and "." are the root.
     */
    static byte[] encodeName(String name) throws BadNameException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(name.length() + 2);
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        if (text.length == 0 || (text.length == 1 && text[0] == '.')) {
            out.write(0);
            return out.toByteArray();
        }
        ByteArrayOutputStream label = new ByteArrayOutputStream(63);
        for (int i = 0; i < text.length; i++) {
            int c = text[i] & 0xff;
            if (c == '\\') {
                if (i + 1 >= text.length) throw new BadNameException(name);
                if (i + 3 < text.length && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3])) {
                    int v = (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
                    if (v > 255) throw new BadNameException(name);
                    label.write(v);
                    i += 3;
                } else {
                    label.write(text[++i]);
                }
            } else if (c == '.') {
                endLabel(out, label, name);
                if (i == text.length - 1) break;
            } else {
                label.write(c);
            }
        }
        if (label.size() > 0) endLabel(out, label, name);
        out.write(0);
        if (out.size() > 255) throw new BadNameException(name);
        return out.toByteArray();
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static void endLabel(ByteArrayOutputStream out, ByteArrayOutputStream label, String name)
            throws BadNameException {
        if (label.size() == 0 || label.size() > 63) throw new BadNameException(name);
        out.write(label.size());
        out.writeBytes(label.toByteArray());
        label.reset();
    }

    private static void short16(ByteArrayOutputStream out, int v) {
        out.write((v >> 8) & 0xff);
        out.write(v & 0xff);
    }

    /** Decodes a reply; records of types node does not return are skipped. */
    public static Response parse(byte[] msg) throws BadResponseException {
        Reader r = new Reader(msg);
        int id = r.u16();
        int flags = r.u16();
        if ((flags & FLAG_QR) == 0) throw new BadResponseException("not a response");
        int qd = r.u16();
        int an = r.u16();
        r.u16(); // authority
        r.u16(); // additional
        String qname = "";
        int qtype = -1;
        for (int i = 0; i < qd; i++) {
            String n = r.name();
            int t = r.u16();
            r.u16();
            if (i == 0) {
                qname = n;
                qtype = t;
            }
        }
        boolean truncated = (flags & FLAG_TC) != 0;
        List<DnsRecord> answers = new ArrayList<>(an);
        for (int i = 0; i < an; i++) {
            if (truncated && r.remaining() == 0) break;
            DnsRecord record = record(r);
            if (record != null) answers.add(record);
        }
        return new Response(id, truncated, flags & 0xf, qname, qtype, an, answers);
    }

    private static DnsRecord record(Reader r) throws BadResponseException {
        r.name();
        int type = r.u16();
        int cls = r.u16();
        int ttl = (int) Math.min(Integer.MAX_VALUE, r.u32());
        int length = r.u16();
        int end = r.pos + length;
        if (end > r.msg.length) throw new BadResponseException("record past end");
        DnsRecord out = cls != CLASS_IN && type != DnsType.OPT ? null : switch (type) {
            case DnsType.A -> {
                if (length != 4) throw new BadResponseException("A length");
                yield new DnsRecord.A(ttl, (r.u8() + "." + r.u8() + "." + r.u8() + "." + r.u8()));
            }
            case DnsType.AAAA -> {
                if (length != 16) throw new BadResponseException("AAAA length");
                yield new DnsRecord.Aaaa(ttl, org.node4j.posix.Interfaces.ipv6(r.bytes(16)));
            }
            case DnsType.CNAME, DnsType.NS, DnsType.PTR -> new DnsRecord.Name(type, ttl, r.name());
            case DnsType.MX -> new DnsRecord.Mx(ttl, r.u16(), r.name());
            case DnsType.TXT -> {
                List<String> chunks = new ArrayList<>();
                while (r.pos < end) chunks.add(r.characterString());
                yield new DnsRecord.Txt(ttl, chunks);
            }
            case DnsType.SOA -> new DnsRecord.Soa(ttl, r.name(), r.name(), r.u32(), r.u32(), r.u32(), r.u32(), r.u32());
            case DnsType.SRV -> new DnsRecord.Srv(ttl, r.u16(), r.u16(), r.u16(), r.name());
            case DnsType.NAPTR -> new DnsRecord.Naptr(ttl, r.u16(), r.u16(), r.characterString(),
                    r.characterString(), r.characterString(), r.name());
            case DnsType.CAA -> {
                int critical = r.u8();
                int tagLength = r.u8();
                String tag = new String(r.bytes(tagLength), StandardCharsets.ISO_8859_1);
                if (r.pos > end) throw new BadResponseException("CAA length");
                yield new DnsRecord.Caa(ttl, critical, tag, new String(r.bytes(end - r.pos), StandardCharsets.UTF_8));
            }
            case DnsType.TLSA -> {
                if (length < 3) throw new BadResponseException("TLSA length");
                yield new DnsRecord.Tlsa(ttl, r.u8(), r.u8(), r.u8(), r.bytes(end - r.pos));
            }
            default -> null;
        };
        if (r.pos > end) throw new BadResponseException("record data overrun");
        r.pos = end;
        return out;
    }

    /** A cursor over the message; names may point back into it (compression). */
    private static final class Reader {
        final byte[] msg;
        int pos;

        Reader(byte[] msg) {
            this.msg = msg;
        }

        int remaining() {
            return msg.length - pos;
        }

        int u8() throws BadResponseException {
            if (pos >= msg.length) throw new BadResponseException("short message");
            return msg[pos++] & 0xff;
        }

        int u16() throws BadResponseException {
            return (u8() << 8) | u8();
        }

        long u32() throws BadResponseException {
            return ((long) u16() << 16) | u16();
        }

        byte[] bytes(int n) throws BadResponseException {
            if (n < 0 || pos + n > msg.length) throw new BadResponseException("short message");
            byte[] b = java.util.Arrays.copyOfRange(msg, pos, pos + n);
            pos += n;
            return b;
        }

        String characterString() throws BadResponseException {
            return new String(bytes(u8()), StandardCharsets.UTF_8);
        }

        /** A possibly compressed name, in presentation form without the final dot. */
        String name() throws BadResponseException {
            StringBuilder sb = new StringBuilder();
            int at = pos;
            int jumps = 0;
            boolean jumped = false;
            while (true) {
                if (at >= msg.length) throw new BadResponseException("name past end");
                int len = msg[at] & 0xff;
                if ((len & 0xc0) == 0xc0) {
                    if (at + 1 >= msg.length) throw new BadResponseException("pointer past end");
                    if (++jumps > 64) throw new BadResponseException("name pointer loop");
                    int target = ((len & 0x3f) << 8) | (msg[at + 1] & 0xff);
                    if (!jumped) pos = at + 2;
                    jumped = true;
                    at = target;
                    continue;
                }
                if ((len & 0xc0) != 0) throw new BadResponseException("bad label type");
                if (len == 0) {
                    if (!jumped) pos = at + 1;
                    return sb.toString();
                }
                if (at + 1 + len > msg.length) throw new BadResponseException("label past end");
                if (!sb.isEmpty()) sb.append('.');
                for (int i = 0; i < len; i++) appendEscaped(sb, msg[at + 1 + i] & 0xff);
                at += 1 + len;
            }
        }

        /** c-ares's escaping: special characters get a backslash, unprintable bytes \DDD. */
        private static void appendEscaped(StringBuilder sb, int c) {
            switch (c) {
                case '.', '\\', '"', '(', ')', ';', '@', '$' -> sb.append('\\').append((char) c);
                default -> {
                    if (c > 0x20 && c < 0x7f) sb.append((char) c);
                    else sb.append('\\').append(String.format("%03d", c));
                }
            }
        }
    }
}
