package org.node4j.udp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.unix.UnixChannel;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;

import org.node4j.net.Transport;

/**
 * Where UDP sockets come from: Netty's native epoll datagram channel (NIO's
 * where epoll is missing), on the event loop group of {@link Transport} that
 * every socket of the process shares. Its threads are daemons, so they never
 * hold the process: the Loop's refs decide when node4j exits, as in libuv.
 */
public final class UdpChannels {
    private UdpChannels() {}

    /** Whether sockets are epoll channels with a descriptor of their own (else NIO). */
    public static boolean nativeTransport() {
        return Transport.get().nativeEpoll();
    }

    /** The event loop group every socket of the process shares (TCP's too). */
    public static EventLoopGroup group() {
        return Transport.get().group();
    }

    /**
     * A new, unregistered socket of the family (it exists from here on) with
     * what sends go through directly: its descriptor (epoll), or the JDK channel
     * under Netty's NIO one.
     */
    public static UdpSocket open(boolean ipv6) throws IOException {
        if (nativeTransport()) {
            var channel = new EpollDatagramChannel(ipv6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET);
            return new UdpSocket(channel, fd(channel), null);
        }
        var jdk = java.nio.channels.DatagramChannel.open(ipv6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        return new UdpSocket(new NioDatagramChannel(jdk), -1, jdk);
    }

    /** A socket this process already holds, by descriptor (epoll only). */
    public static UdpSocket adopt(int fd) {
        return new UdpSocket(new EpollDatagramChannel(fd), fd, null);
    }

    /**
     * One socket: the Netty channel, and the way to send on it without Netty's
     * queue: fd >= 0 (sendto on the descriptor) or jdk != null (the JDK channel).
     */
    public record UdpSocket(DatagramChannel channel, int fd, java.nio.channels.DatagramChannel jdk) {}

    private static int fd(DatagramChannel channel) {
        return channel instanceof UnixChannel unix ? unix.fd().intValue() : -1;
    }

    /**
     * Send one datagram now through the JDK channel (NIO transport): bytes
     * sent, -EAGAIN when the socket buffer is full, or -errno.
     */
    public static long sendNow(java.nio.channels.DatagramChannel jdk, byte[] bytes, InetSocketAddress to) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            int n = to == null ? jdk.write(buf) : jdk.send(buf, to);
            return n == 0 && bytes.length > 0 ? -org.node4j.posix.Errno.EAGAIN : n;
        } catch (IOException | RuntimeException e) {
            return UdpErrors.errno(e);
        }
    }
}
