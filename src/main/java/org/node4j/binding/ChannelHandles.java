package org.node4j.binding;

import io.netty.channel.Channel;
import io.netty.channel.unix.UnixChannel;

import org.graalvm.polyglot.Value;
import org.node4j.loop.Loop;
import org.node4j.net.AddressText;

/** What the socket and server handles (SocketHandle, ServerHandle) do alike with their channels. */
final class ChannelHandles {
    private ChannelHandles() {}

    /**
     * Close the channel; then, in the loop's close phase, run {@code done}. The
     * listener goes on before the close starts (see SocketHandle.withListener),
     * and the close keeps the loop alive until it is through.
     */
    static void close(Channel channel, Loop loop, Runnable done) {
        loop.beginRequest();
        var closed = channel.newPromise();
        closed.addListener(f -> loop.complete(() -> loop.onClose(done)));
        channel.close(closed);
    }

    /** An address as getsockname()/getpeername() report it, into out. */
    static int describe(AddressText.Endpoint endpoint, Value out) {
        out.putMember("address", endpoint.address());
        out.putMember("family", endpoint.family());
        out.putMember("port", endpoint.port());
        return 0;
    }

    /** The channel's descriptor (native transport, open), else -1. */
    static int fd(Channel channel) {
        return channel instanceof UnixChannel u && channel.isOpen() ? u.fd().intValue() : -1;
    }
}
