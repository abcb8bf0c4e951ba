package org.node4j.binding;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.concurrent.Future;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.Errno;
import org.node4j.loop.HandleRef;
import org.node4j.runtime.Isolate;
import org.node4j.udp.IpLiteral;
import org.node4j.udp.IpOptions;
import org.node4j.udp.SocketCalls;
import org.node4j.udp.UdpChannels;
import org.node4j.udp.UdpErrors;

/**
 * libuv's uv_udp_t: one UDP socket, a Netty datagram channel underneath.
 *
 * <p>As in libuv the socket exists only from {@link #bind} on (before it, option
 * setters answer EBADF), and the calls libuv makes synchronously are synchronous
 * here too: bind, connect, disconnect and close wait for Netty's I/O thread
 * (a few microseconds), so an error comes back as the return value and a closed
 * port is free again when close() returns. Sends go straight to the kernel on
 * the loop thread, like uv_udp_try_send (a non-blocking sendto on the descriptor,
 * or the JDK channel's send on the NIO transport), so their errors come back at
 * once and empty datagrams go out (Netty's write skips them); only a full socket
 * buffer sends a datagram to Netty's write queue. Received datagrams come through
 * {@link UdpReceiver}. Every method runs on the loop thread; results go back as
 * 0 / -errno, the way the JS layer expects from a libuv handle.
 *
 * <p>While receiving and ref'd the handle is one ref on the loop; a send that
 * waits in Netty's queue is a request.
 */
public final class UdpHandle {
    // bind() flags, as libuv's UV_UDP_* values.
    static final int IPV6ONLY = 1;
    static final int REUSEADDR = 4;
    static final int REUSEPORT = 8;

    /** Room for the largest datagram IPv6 can carry without jumbograms. */
    private static final int MAX_DATAGRAM = 65536;
    private static final long SYNC_TIMEOUT_SECONDS = 10;
    /** Datagrams handed to JS per drain before the loop gets a chance to run timers. */
    private static final int DRAIN_BUDGET = 64;

    private final Isolate isolate;
    private final boolean ipv6;
    /** The inbound handler of the current channel (a new one per channel: Netty handlers are not shared). */
    private UdpReceiver receiver;

    private DatagramChannel channel;
    /** The descriptor (epoll transport), else -1. */
    private int fd = -1;
    /** The JDK channel under Netty's (NIO transport), else null. */
    private java.nio.channels.DatagramChannel jdk;
    private boolean closed;
    private boolean receiving;
    private final HandleRef loopRef;
    private Value onmessage;

    /** Sends waiting in Netty's queue: their count and bytes (uv_udp_get_send_queue_*). */
    private int queuedCount;
    private long queuedBytes;

    /** Told when this handle closes, so the binding stops tracking it. */
    private final java.util.function.Consumer<UdpHandle> onClosed;

    UdpHandle(Isolate isolate, boolean ipv6, java.util.function.Consumer<UdpHandle> onClosed) {
        this.isolate = isolate;
        this.loopRef = new HandleRef(isolate.loop());
        this.ipv6 = ipv6;
        this.onClosed = onClosed;
        this.receiver = new UdpReceiver(isolate.loop(), this::drain);
    }

    /** The isolate is going away: free the port without touching its loop. */
    void release() {
        closed = true;
        if (channel != null) channel.close();
    }

    /** Bind to ip:port (ip a literal of this socket's family); flags are {@link #REUSEADDR}... */
    @Export
    public int bind(String ip, int port, int flags) {
        if (closed) return -Errno.EBADF;
        if (channel != null) return -Errno.EINVAL;
        InetAddress address = IpLiteral.parse(ip, ipv6);
        if (address == null || port < 0 || port > 65535) return -Errno.EINVAL;
        UdpChannels.UdpSocket socket;
        try {
            socket = UdpChannels.open(ipv6);
        } catch (java.io.IOException | RuntimeException e) {
            return UdpErrors.errno(e);
        }
        DatagramChannel ch = socket.channel();
        int chFd = socket.fd();
        try {
            var config = ch.config();
            config.setReuseAddress((flags & REUSEADDR) != 0);
            if ((flags & REUSEPORT) != 0) {
                if (!UdpChannels.nativeTransport()) return fail(ch, -Errno.number("ENOTSUP"));
                config.setOption(EpollChannelOption.SO_REUSEPORT, true);
            }
            if ((flags & IPV6ONLY) != 0 && ipv6 && chFd >= 0) {
                int err = IpOptions.v6Only(chFd);
                if (err < 0) return fail(ch, err);
            }
            configure(ch);
            int err = await(UdpChannels.group().register(ch));
            if (err == 0) err = await(ch.bind(new InetSocketAddress(address, port)));
            if (err < 0) return fail(ch, err);
        } catch (RuntimeException e) {
            return fail(ch, UdpErrors.errno(e));
        }
        channel = ch;
        fd = chFd;
        jdk = socket.jdk();
        return 0;
    }

    /** Adopt a UDP socket this process already holds (bind({ fd })): epoll transport only. */
    @Export
    public int open(int fdToAdopt) {
        if (closed) return -Errno.EBADF;
        if (channel != null) return -Errno.EINVAL;
        if (!UdpChannels.nativeTransport()) return -Errno.number("ENOTSUP");
        DatagramChannel ch = UdpChannels.adopt(fdToAdopt).channel();
        try {
            configure(ch);
            int err = await(UdpChannels.group().register(ch));
            if (err < 0) return fail(ch, err);
        } catch (RuntimeException e) {
            return fail(ch, UdpErrors.errno(e));
        }
        channel = ch;
        fd = fdToAdopt;
        return 0;
    }

    /**
     * Whole datagrams (Netty's default buffer would cut them at 2 KiB), no
     * reading until JS asks, and active from registration on, so reading goes on
     * after a disconnect() as it does in libuv.
     */
    private void configure(DatagramChannel ch) {
        var config = ch.config();
        if (UdpChannels.nativeTransport()) {
            // Room for two datagrams per read makes epoll use recvmmsg, which (unlike
            // its read for connected sockets) also delivers empty datagrams.
            config.setRecvByteBufAllocator(new FixedRecvByteBufAllocator(2 * MAX_DATAGRAM));
            config.setOption(EpollChannelOption.MAX_DATAGRAM_PAYLOAD_SIZE, MAX_DATAGRAM);
        } else {
            config.setRecvByteBufAllocator(new FixedRecvByteBufAllocator(MAX_DATAGRAM));
        }
        config.setAutoRead(false);
        config.setOption(ChannelOption.DATAGRAM_CHANNEL_ACTIVE_ON_REGISTRATION, true);
        receiver = new UdpReceiver(isolate.loop(), this::drain);
        ch.pipeline().addLast(receiver);
    }

    private static int fail(DatagramChannel ch, int err) {
        if (ch.isRegistered()) ch.close().awaitUninterruptibly(SYNC_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        else ch.unsafe().closeForcibly();
        return err;
    }

    /** Wait for a Netty operation that libuv does synchronously: 0 or -errno. */
    private static int await(Future<?> future) {
        if (!future.awaitUninterruptibly(SYNC_TIMEOUT_SECONDS, TimeUnit.SECONDS)) return -Errno.ETIMEDOUT;
        return future.isSuccess() ? 0 : UdpErrors.errno(future.cause());
    }

    /** Associate the socket with one peer (uv_udp_connect); it must be bound already. */
    @Export
    public int connect(String ip, int port) {
        if (channel == null || closed) return -Errno.EBADF;
        InetAddress address = IpLiteral.parse(ip, ipv6);
        if (address == null) return -Errno.EINVAL;
        return await(channel.connect(new InetSocketAddress(address, port)));
    }

    @Export
    public int disconnect() {
        if (channel == null || closed) return -Errno.EBADF;
        return await(channel.disconnect());
    }

    /**
     * Send bytes [offset, offset+length) of an ArrayBuffer to ip:port, or to the
     * connected peer when ip is null. Returns length+1 when the datagram went out
     * at once, -errno when it failed at once, else 0: then oncomplete(status, sent)
     * follows on the loop (when oncomplete is a function).
     */
    @Export
    public int send(Value arrayBuffer, int offset, int length, String ip, int port, Value oncomplete) {
        if (channel == null || closed) return -Errno.EBADF;
        InetAddress to = null;
        if (ip != null) {
            to = IpLiteral.parse(ip, ipv6);
            if (to == null) return -Errno.EINVAL;
        }
        // Copied now: JS may reuse its buffer as soon as send() returns.
        byte[] bytes = new byte[length];
        if (length > 0) arrayBuffer.readBuffer(offset, bytes, 0, length);
        if (queuedCount == 0) {
            long n = fd >= 0 ? SocketCalls.sendTo(fd, bytes, length, to, port)
                    : UdpChannels.sendNow(jdk, bytes, to == null ? null : new InetSocketAddress(to, port));
            if (n >= 0) return (int) n + 1;
            if (n != -Errno.EAGAIN || length == 0) return (int) n;
        }
        queueSend(bytes, to == null ? null : new InetSocketAddress(to, port), oncomplete);
        return 0;
    }

    /** Hand a datagram to Netty's write queue, which waits for the socket to take it. */
    private void queueSend(byte[] bytes, InetSocketAddress to, Value oncomplete) {
        var buf = Unpooled.wrappedBuffer(bytes);
        Object msg = to == null ? buf : new DatagramPacket(buf, to);
        queuedCount++;
        queuedBytes += bytes.length;
        isolate.loop().beginRequest();
        channel.writeAndFlush(msg).addListener((ChannelFuture f) -> {
            int status = f.isSuccess() ? 0
                    : f.cause() instanceof ClosedChannelException ? -Errno.ECANCELED : UdpErrors.errno(f.cause());
            isolate.loop().complete(() -> {
                queuedCount--;
                queuedBytes -= bytes.length;
                if (oncomplete != null && oncomplete.canExecute()) {
                    isolate.callback(oncomplete, status, status == 0 ? bytes.length : 0);
                }
            });
        });
    }

    /** Start delivering datagrams to onmessage(nread, arrayBufferSource, address, family, port). */
    @Export
    public int recvStart(Value onmessage) {
        if (channel == null || closed) return -Errno.EBADF;
        this.onmessage = onmessage;
        if (!receiving) {
            receiving = true;
            if (!receiver.paused()) channel.config().setAutoRead(true);
            receiver.schedule();
        }
        updateRef();
        return 0;
    }

    @Export
    public int recvStop() {
        if (receiving && channel != null) {
            receiving = false;
            channel.config().setAutoRead(false);
        }
        updateRef();
        return 0;
    }

    /** Runs on the loop: hand what was received to JS, a bounded batch at a time. */
    private void drain() {
        receiver.drainStarted();
        for (int i = 0; i < DRAIN_BUDGET && receiving && !closed; i++) {
            UdpReceiver.Received r = receiver.take();
            if (r == null) break;
            deliver(r);
        }
        if (channel != null && !closed) {
            receiver.taken(channel, receiving);
            if (receiving) receiver.schedule();
        }
    }

    private void deliver(UdpReceiver.Received r) {
        if (onmessage == null) return;
        if (r.status() < 0) {
            isolate.callback(onmessage, r.status(), null, null, null, 0);
            return;
        }
        InetSocketAddress from = r.sender();
        InetAddress address = from.getAddress();
        isolate.callback(onmessage, r.status(), ByteBuffer.wrap(r.data()), IpLiteral.format(address),
                IpLiteral.isIpv4(address) ? "IPv4" : "IPv6", from.getPort());
    }

    /** [address, family, port] of the socket (getsockname), or -errno. */
    @Export
    public Object getsockname() {
        if (channel == null || closed) return -Errno.EBADF;
        return describe(fd >= 0 ? SocketCalls.localAddress(fd, new int[1]) : channel.localAddress());
    }

    /** [address, family, port] of the connected peer (getpeername), or -errno. */
    @Export
    public Object getpeername() {
        if (channel == null || closed) return -Errno.EBADF;
        if (!channel.isConnected()) return -Errno.number("ENOTCONN");
        return describe(fd >= 0 ? SocketCalls.remoteAddress(fd, new int[1]) : channel.remoteAddress());
    }

    private static Object describe(InetSocketAddress a) {
        if (a == null) return -Errno.EBADF;
        InetAddress address = a.getAddress();
        return new Object[] {IpLiteral.format(address), IpLiteral.isIpv4(address) ? "IPv4" : "IPv6", a.getPort()};
    }

    @Export
    public int setBroadcast(boolean on) {
        if (channel == null || closed) return -Errno.EBADF;
        try {
            channel.config().setBroadcast(on);
            return 0;
        } catch (ChannelException e) {
            return UdpErrors.errno(e);
        }
    }

    @Export
    public int setTTL(int ttl) {
        if (channel == null || closed) return -Errno.EBADF;
        if (fd < 0) return -Errno.number("ENOTSUP");
        return IpOptions.ttl(fd, ipv6, ttl);
    }

    @Export
    public int setMulticastTTL(int ttl) {
        if (channel == null || closed) return -Errno.EBADF;
        if (fd < 0) return -Errno.number("ENOTSUP");
        return IpOptions.multicastTtl(fd, ipv6, ttl);
    }

    @Export
    public int setMulticastLoopback(boolean on) {
        if (channel == null || closed) return -Errno.EBADF;
        if (fd < 0) return -Errno.number("ENOTSUP");
        return IpOptions.multicastLoop(fd, ipv6, on);
    }

    @Export
    public int setMulticastInterface(String iface) {
        if (channel == null || closed) return -Errno.EBADF;
        if (fd < 0) return -Errno.number("ENOTSUP");
        return IpOptions.multicastInterface(fd, ipv6, iface);
    }

    /** Join (or leave) a group; as libuv, an unbound socket is bound to any:0 first. */
    @Export
    public int membership(String group, String iface, boolean join) {
        if (closed) return -Errno.EBADF;
        InetAddress groupAddress = IpOptions.group(group);
        if (groupAddress == null) return -Errno.EINVAL;
        int err = implicitBind();
        if (err < 0) return err;
        if (fd < 0) return -Errno.number("ENOTSUP");
        return IpOptions.membership(fd, groupAddress, iface, join);
    }

    @Export
    public int sourceMembership(String source, String group, String iface, boolean join) {
        if (closed) return -Errno.EBADF;
        InetAddress groupAddress = IpOptions.group(group);
        if (groupAddress == null) return -Errno.EINVAL;
        InetAddress sourceAddress = IpOptions.group(source);
        if (sourceAddress == null) return -Errno.EINVAL;
        int err = implicitBind();
        if (err < 0) return err;
        if (fd < 0) return -Errno.number("ENOTSUP");
        return IpOptions.sourceMembership(fd, sourceAddress, groupAddress, iface, join);
    }

    /** uv__udp_maybe_deferred_bind: the any address, port 0, SO_REUSEADDR. */
    private int implicitBind() {
        if (channel != null) return 0;
        return bind(ipv6 ? "::" : "0.0.0.0", 0, REUSEADDR);
    }

    /** Set (size > 0) or get (size 0) SO_RCVBUF or SO_SNDBUF: the size, or -errno. */
    @Export
    public int bufferSize(double size, boolean recv) {
        if (channel == null || closed) return -Errno.EBADF;
        // libuv passes the size as an int: what does not fit is negative, which the kernel refuses.
        if (size > Integer.MAX_VALUE) return -Errno.EINVAL;
        try {
            var config = channel.config();
            if (size > 0) {
                if (recv) config.setReceiveBufferSize((int) size);
                else config.setSendBufferSize((int) size);
                return (int) size;
            }
            return recv ? config.getReceiveBufferSize() : config.getSendBufferSize();
        } catch (ChannelException e) {
            return UdpErrors.errno(e);
        }
    }

    @Export
    public double getSendQueueSize() {
        return queuedBytes;
    }

    @Export
    public int getSendQueueCount() {
        return queuedCount;
    }

    @Export
    public void ref() {
        loopRef.setRefed(true, active());
    }

    @Export
    public void unref() {
        loopRef.setRefed(false, active());
    }

    @Export
    public boolean hasRef() {
        return loopRef.refed();
    }

    /** Close now; the port is free when this returns. Undelivered datagrams are dropped. */
    @Export
    public void close() {
        if (closed) return;
        closed = true;
        onClosed.accept(this);
        receiving = false;
        updateRef();
        receiver.clear();
        if (channel != null) {
            channel.close().awaitUninterruptibly(SYNC_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Whether the handle has something under way that keeps the loop alive. */
    private boolean active() {
        return receiving && !closed;
    }

    private void updateRef() {
        loopRef.update(active());
    }
}
