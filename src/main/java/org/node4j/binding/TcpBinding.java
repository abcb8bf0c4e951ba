package org.node4j.binding;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.channel.Channel;

import org.graalvm.polyglot.HostAccess.Export;
import org.node4j.net.Transport;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('tcp_wrap'): the handles under net's sockets and servers, TCP
 * or Unix domain. It remembers every channel its handles opened, so that an
 * isolate that ends (process.exit in a batch, an embedder closing it) leaves no
 * socket open behind it.
 */
public final class TcpBinding implements AutoCloseable {
    private final Isolate isolate;
    private final Set<Channel> open = ConcurrentHashMap.newKeySet();

    TcpBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /** A socket to connect (TCP, or a Unix socket when {@code unix}). */
    @Export
    public SocketHandle socket(boolean unix) {
        return new SocketHandle(isolate, this, unix);
    }

    @Export
    public ServerHandle server() {
        return new ServerHandle(isolate, this);
    }

    /** Whether Netty's native epoll transport carries the sockets (else NIO). */
    @Export
    public boolean nativeEpoll() {
        return Transport.get().nativeEpoll();
    }

    void track(Channel channel) {
        open.add(channel);
        channel.closeFuture().addListener(f -> open.remove(channel));
    }

    @Override
    public void close() {
        for (Channel channel : open) channel.close();
        open.clear();
    }
}
