package org.node4j.dns;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A canned DNS server on loopback for tests, over UDP and TCP on one port.
 * What it answers depends on the first label of the question: "records" has
 * one or more records of every type, "nxdomain", "servfail", "refused",
 * "notimp" and "formerr" get that rcode, "nodata" an empty NOERROR, "silent"
 * nothing at all, "truncated" a TC reply over UDP and the records over TCP,
 * "garbage" a reply cut short, "cname" a CNAME followed by its A record. The
 * PTR of 192.0.2.1 is host.test. JDK classes only, so a JS test can start it
 * with `java FakeDnsServer.java` (it prints its port, and stops when its stdin
 * closes); JUnit tests call {@link #start()}.
 */
public final class FakeDnsServer implements AutoCloseable {
    private final DatagramSocket udp;
    private final ServerSocket tcp;

    private FakeDnsServer(DatagramSocket udp, ServerSocket tcp) {
        this.udp = udp;
        this.tcp = tcp;
    }

    public static void main(String[] args) throws Exception {
        try (FakeDnsServer server = start()) {
            System.out.println(server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Runs until the parent closes our stdin.
            }
        }
    }

    /** Binds UDP and TCP to the same free loopback port and serves on daemon threads. */
    public static FakeDnsServer start() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        for (int attempt = 0; ; attempt++) {
            DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
            try {
                ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 16, loopback);
                FakeDnsServer server = new FakeDnsServer(udp, tcp);
                server.serve();
                return server;
            } catch (IOException taken) {
                udp.close();
                if (attempt > 20) throw taken;
            }
        }
    }

    public int port() {
        return udp.getLocalPort();
    }

    @Override
    public void close() {
        udp.close();
        try {
            tcp.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void serve() {
        Thread u = new Thread(this::serveUdp, "fake-dns-udp");
        u.setDaemon(true);
        u.start();
        Thread t = new Thread(this::serveTcp, "fake-dns-tcp");
        t.setDaemon(true);
        t.start();
    }

    private void serveUdp() {
        byte[] buf = new byte[4096];
        while (!udp.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                udp.receive(p);
                byte[] query = java.util.Arrays.copyOf(p.getData(), p.getLength());
                byte[] reply = answer(query, false);
                if (reply != null) udp.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
            } catch (IOException | RuntimeException e) {
                if (udp.isClosed()) return;
            }
        }
    }

    private void serveTcp() {
        while (!tcp.isClosed()) {
            try (Socket s = tcp.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                byte[] reply = answer(query, true);
                if (reply != null) {
                    out.writeShort(reply.length);
                    out.write(reply);
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                if (tcp.isClosed()) return;
            }
        }
    }

    /** The reply to a query, or null to stay silent. */
    static byte[] answer(byte[] query, boolean overTcp) {
        int id = ((query[0] & 0xff) << 8) | (query[1] & 0xff);
        int at = 12;
        StringBuilder name = new StringBuilder();
        while (query[at] != 0) {
            int len = query[at] & 0xff;
            if (!name.isEmpty()) name.append('.');
            name.append(new String(query, at + 1, len, StandardCharsets.ISO_8859_1));
            at += 1 + len;
        }
        at++;
        int type = ((query[at] & 0xff) << 8) | (query[at + 1] & 0xff);
        byte[] question = java.util.Arrays.copyOfRange(query, 12, at + 4);
        String qname = name.toString().toLowerCase(Locale.ROOT);
        String first = qname.contains(".") ? qname.substring(0, qname.indexOf('.')) : qname;
        // "silent0", "silent1"...: distinct names that all go unanswered.
        if (first.startsWith("silent")) first = "silent";

        Reply reply = new Reply(id, question);
        switch (first) {
            case "silent" -> {
                return null;
            }
            case "nxdomain" -> reply.rcode = 3;
            case "servfail" -> reply.rcode = 2;
            case "refused" -> reply.rcode = 5;
            case "notimp" -> reply.rcode = 4;
            case "formerr" -> reply.rcode = 1;
            case "nodata" -> { }
            case "garbage" -> {
                byte[] whole = reply.bytes();
                return java.util.Arrays.copyOf(whole, 7);
            }
            case "truncated" -> {
                if (!overTcp) {
                    reply.truncated = true;
                } else {
                    reply.a(type, "192.0.2.10", 60);
                    reply.a(type, "192.0.2.11", 60);
                }
            }
            case "cname" -> {
                if (type == 1 || type == 5) reply.record(5, 60, name("records.test"));
                if (type == 1) reply.recordNamed("records.test", 1, 60, ip4("192.0.2.1"));
            }
            default -> {
                if (qname.equals("1.2.0.192.in-addr.arpa") && type == 12) {
                    reply.record(12, 60, name("host.test"));
                } else if (first.equals("records")) {
                    records(reply, type);
                } else {
                    reply.rcode = 3;
                }
            }
        }
        return reply.bytes();
    }

    private static void records(Reply r, int type) {
        boolean any = type == 255;
        if (type == 1 || any) {
            r.record(1, 300, ip4("192.0.2.1"));
            r.record(1, 301, ip4("192.0.2.2"));
        }
        if (type == 28 || any) r.record(28, 302, ip6());
        if (type == 5) r.record(5, 303, name("alias.records.test"));
        if (type == 15 || any) {
            r.record(15, 304, cat(u16(10), name("mx1.records.test")));
            r.record(15, 304, cat(u16(20), name("mx2.records.test")));
        }
        if (type == 2 || any) r.record(2, 305, name("ns1.records.test"));
        if (type == 12 || any) r.record(12, 306, name("ptr.records.test"));
        if (type == 6 || any) {
            r.record(6, 307, cat(name("ns1.records.test"), name("admin.records.test"),
                    u32(2024010101L), u32(7200), u32(3600), u32(1209600), u32(300)));
        }
        if (type == 33 || any) r.record(33, 308, cat(u16(1), u16(5), u16(8080), name("svc.records.test")));
        if (type == 16 || any) {
            r.record(16, 309, cat(str("v=spf1 -all")));
            r.record(16, 309, cat(str("part one"), str("part two")));
        }
        if (type == 257 || any) r.record(257, 310, cat(new byte[] {0, 5}, ascii("issue"), ascii("ca.test")));
        if (type == 35 || any) {
            r.record(35, 311, cat(u16(100), u16(10), str("S"), str("SIP+D2U"), str(""), name("_sip._udp.records.test")));
        }
        if (type == 52 || any) r.record(52, 312, cat(new byte[] {3, 1, 1}, new byte[] {(byte) 0xde, (byte) 0xad}));
    }

    /** A reply under construction: the header, the question echoed, then answers. */
    private static final class Reply {
        final int id;
        final byte[] question;
        int rcode;
        boolean truncated;
        int count;
        final ByteArrayOutputStream answers = new ByteArrayOutputStream();

        Reply(int id, byte[] question) {
            this.id = id;
            this.question = question;
        }

        void a(int type, String ip, int ttl) {
            if (type == 1) record(1, ttl, ip4(ip));
        }

        /** A record owned by the question's name, written as a compression pointer to it. */
        void record(int type, int ttl, byte[] data) {
            answers.writeBytes(new byte[] {(byte) 0xc0, 12});
            tail(type, ttl, data);
        }

        void recordNamed(String owner, int type, int ttl, byte[] data) {
            answers.writeBytes(name(owner));
            tail(type, ttl, data);
        }

        private void tail(int type, int ttl, byte[] data) {
            answers.writeBytes(u16(type));
            answers.writeBytes(u16(1));
            answers.writeBytes(u32(ttl));
            answers.writeBytes(u16(data.length));
            answers.writeBytes(data);
            count++;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(u16(id));
            int flags = 0x8000 | 0x0100 | 0x0080 | rcode | (truncated ? 0x0200 : 0);
            out.writeBytes(u16(flags));
            out.writeBytes(u16(1));
            out.writeBytes(u16(count));
            out.writeBytes(u16(0));
            out.writeBytes(u16(0));
            out.writeBytes(question);
            out.writeBytes(answers.toByteArray());
            return out.toByteArray();
        }
    }

    private static byte[] ip4(String dotted) {
        String[] p = dotted.split("\\.");
        return new byte[] {(byte) Integer.parseInt(p[0]), (byte) Integer.parseInt(p[1]),
                (byte) Integer.parseInt(p[2]), (byte) Integer.parseInt(p[3])};
    }

    /** 2001:db8::1 */
    private static byte[] ip6() {
        byte[] b = new byte[16];
        b[0] = 0x20;
        b[1] = 0x01;
        b[2] = 0x0d;
        b[3] = (byte) 0xb8;
        b[15] = 1;
        return b;
    }

    private static byte[] name(String dotted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String label : dotted.split("\\.")) {
            out.write(label.length());
            out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
        }
        out.write(0);
        return out.toByteArray();
    }

    private static byte[] str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return cat(new byte[] {(byte) b.length}, b);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] u16(int v) {
        return new byte[] {(byte) (v >> 8), (byte) v};
    }

    private static byte[] u32(long v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
