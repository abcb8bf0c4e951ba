package org.node4j.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * A stub resolver speaking DNS to configured servers, with c-ares's retry
 * policy: each try goes to the next server, the timeout doubles after every
 * round of servers (capped by maxTimeout), SERVFAIL/NOTIMP/REFUSED move on to
 * the next server, a truncated UDP reply is asked again over TCP. Each query
 * blocks a virtual thread, which is cheap and keeps the protocol code
 * straight-line; {@link #cancelAll} closes their sockets.
 */
public final class DnsClient {
    /** What a query ends with: the answer records, or one of node's resolver error codes. */
    public sealed interface Outcome {
        record Answer(List<DnsRecord> records) implements Outcome {}

        record Failure(String code) implements Outcome {}
    }

    private final int timeoutMillis;
    private final int tries;
    private final int maxTimeoutMillis;
    private volatile List<DnsServer> servers;
    private volatile InetAddress localV4;
    private volatile InetAddress localV6;
    // In submission order: cancel reports them in the order they were asked.
    private final Set<Query> active = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());

    /** timeoutMillis -1 means resolv.conf's or c-ares's default. */
    public DnsClient(int timeoutMillis, int tries, int maxTimeoutMillis, ResolvConf conf) {
        this.timeoutMillis = timeoutMillis < 0 ? conf.timeoutMillis() : Math.max(1, timeoutMillis);
        this.tries = tries;
        this.maxTimeoutMillis = maxTimeoutMillis;
        this.servers = conf.servers();
    }

    public List<DnsServer> servers() {
        return servers;
    }

    public void servers(List<DnsServer> servers) {
        this.servers = List.copyOf(servers);
    }

    /** Source addresses for queries to IPv4 and IPv6 servers; null leaves the choice to the kernel. */
    public void localAddresses(InetAddress v4, InetAddress v6) {
        this.localV4 = v4;
        this.localV6 = v6;
    }

    /** Starts a query; done runs exactly once, on the query's own thread. */
    public void query(String name, int type, Consumer<Outcome> done) {
        Query q = new Query(name, type, done);
        active.add(q);
        Thread.ofVirtual().name("node4j-dns").start(q::run);
    }

    /** Ends every query in flight with ECANCELLED, reported now and in the order they were started. */
    public void cancelAll() {
        List<Query> inFlight;
        synchronized (active) {
            inFlight = List.copyOf(active);
        }
        for (Query q : inFlight) q.cancel();
    }

    private final class Query {
        final String name;
        final int type;
        final Consumer<Outcome> done;
        volatile boolean cancelled;
        volatile AutoCloseable socket;
        private final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();

        Query(String name, int type, Consumer<Outcome> done) {
            this.name = name;
            this.type = type;
            this.done = done;
        }

        /** Reports the outcome unless the query has already ended (by cancel or by itself). */
        private void finish(Outcome outcome) {
            if (finished.compareAndSet(false, true)) {
                active.remove(this);
                done.accept(outcome);
            }
        }

        void cancel() {
            cancelled = true;
            finish(new Outcome.Failure("ECANCELLED"));
            AutoCloseable s = socket;
            if (s != null) {
                try {
                    s.close();
                } catch (Exception ignored) {
                    // already closed
                }
            }
        }

        void run() {
            Outcome outcome;
            try {
                outcome = resolve();
            } catch (RuntimeException bug) {
                outcome = new Outcome.Failure("EBADRESP");
            }
            finish(outcome);
        }

        private Outcome resolve() {
            int id = ThreadLocalRandom.current().nextInt(0x10000);
            byte[] query;
            try {
                query = DnsMessage.query(id, name, type);
            } catch (DnsMessage.BadNameException e) {
                return new Outcome.Failure("EBADNAME");
            }
            // c-ares never asks about .onion names (RFC 7686): not found, at once.
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".onion") || lower.endsWith(".onion.") || lower.equals("onion")) {
                return new Outcome.Failure("ENOTFOUND");
            }
            List<DnsServer> list = servers;
            // c-ares with no server fails with ENOSERVER, which node has no name for.
            if (list.isEmpty()) return new Outcome.Failure("UNKNOWN_ARES_ERROR");
            String last = "ETIMEOUT";
            for (int attempt = 0; attempt < tries * list.size(); attempt++) {
                if (cancelled) return new Outcome.Failure("ECANCELLED");
                InetSocketAddress server = list.get(attempt % list.size()).socket();
                long wait = (long) timeoutMillis << Math.min(attempt / list.size(), 16);
                if (maxTimeoutMillis > 0) wait = Math.min(wait, maxTimeoutMillis);
                int waitMillis = (int) Math.min(Integer.MAX_VALUE, wait);
                try {
                    DnsMessage.Response r = overUdp(server, id, query, waitMillis);
                    if (r == null) {
                        last = "ETIMEOUT";
                        continue;
                    }
                    if (r.truncated()) r = overTcp(server, id, query, waitMillis);
                    switch (r.rcode()) {
                        case DnsMessage.NOERROR -> {
                            return r.answerCount() == 0 ? new Outcome.Failure("ENODATA") : new Outcome.Answer(r.answers());
                        }
                        case DnsMessage.NXDOMAIN -> {
                            return new Outcome.Failure("ENOTFOUND");
                        }
                        case DnsMessage.FORMERR -> {
                            return new Outcome.Failure("EFORMERR");
                        }
                        case DnsMessage.SERVFAIL -> last = "ESERVFAIL";
                        case DnsMessage.NOTIMP -> last = "ENOTIMP";
                        case DnsMessage.REFUSED -> last = "EREFUSED";
                        default -> last = "EBADRESP";
                    }
                } catch (DnsMessage.BadResponseException e) {
                    last = "EBADRESP";
                } catch (SocketTimeoutException e) {
                    last = "ETIMEOUT";
                } catch (IOException e) {
                    if (cancelled) return new Outcome.Failure("ECANCELLED");
                    last = "ECONNREFUSED";
                }
            }
            return new Outcome.Failure(last);
        }

        /** The reply to our query, or null when none came in time; other datagrams are ignored. */
        private DnsMessage.Response overUdp(InetSocketAddress server, int id, byte[] query, int waitMillis)
                throws IOException, DnsMessage.BadResponseException {
            InetAddress local = server.getAddress() instanceof Inet4Address ? localV4 : localV6;
            try (DatagramSocket s = new DatagramSocket(null)) {
                socket = s;
                if (cancelled) throw new SocketException("cancelled");
                s.bind(new InetSocketAddress(local, 0));
                s.connect(server);
                s.send(new DatagramPacket(query, query.length));
                long deadline = System.nanoTime() + waitMillis * 1_000_000L;
                byte[] buf = new byte[65535];
                while (true) {
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0) return null;
                    s.setSoTimeout((int) left);
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    try {
                        s.receive(p);
                    } catch (SocketTimeoutException e) {
                        return null;
                    }
                    byte[] reply = java.util.Arrays.copyOf(p.getData(), p.getLength());
                    if (reply.length >= 2 && (((reply[0] & 0xff) << 8) | (reply[1] & 0xff)) != id) continue;
                    DnsMessage.Response r = DnsMessage.parse(reply);
                    if (r.answers(id, name, type)) return r;
                }
            } finally {
                socket = null;
            }
        }

        private DnsMessage.Response overTcp(InetSocketAddress server, int id, byte[] query, int waitMillis)
                throws IOException, DnsMessage.BadResponseException {
            InetAddress local = server.getAddress() instanceof Inet4Address ? localV4 : localV6;
            try (Socket s = new Socket()) {
                socket = s;
                if (cancelled) throw new SocketException("cancelled");
                if (local != null) s.bind(new InetSocketAddress(local, 0));
                s.connect(server, waitMillis);
                s.setSoTimeout(waitMillis);
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                out.writeShort(query.length);
                out.write(query);
                out.flush();
                DataInputStream in = new DataInputStream(s.getInputStream());
                byte[] reply = new byte[in.readUnsignedShort()];
                in.readFully(reply);
                DnsMessage.Response r = DnsMessage.parse(reply);
                if (!r.answers(id, name, type)) throw new DnsMessage.BadResponseException("mismatched TCP reply");
                return r;
            } catch (java.io.EOFException e) {
                throw new DnsMessage.BadResponseException("TCP reply cut short");
            } finally {
                socket = null;
            }
        }
    }
}
