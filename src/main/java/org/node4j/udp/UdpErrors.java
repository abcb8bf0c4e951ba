package org.node4j.udp;

import java.net.BindException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.nio.channels.ClosedChannelException;
import java.util.Map;

import io.netty.channel.ChannelException;
import io.netty.channel.unix.Errors;
import org.node4j.posix.Errno;

/**
 * Netty reports socket failures as exceptions; Node reports them as negative
 * errno values. The epoll transport keeps the errno (NativeIoException); the
 * JDK's exceptions (NIO transport) carry only strerror's text, read back here.
 */
public final class UdpErrors {
    private UdpErrors() {}

    private static final Map<String, Integer> BY_MESSAGE = Map.ofEntries(
            Map.entry("address already in use", Errno.EADDRINUSE),
            Map.entry("cannot assign requested address", 99),
            Map.entry("permission denied", Errno.EACCES),
            Map.entry("operation not permitted", Errno.EPERM),
            Map.entry("invalid argument", Errno.EINVAL),
            Map.entry("network is unreachable", 101),
            Map.entry("no route to host", 113),
            Map.entry("connection refused", Errno.ECONNREFUSED),
            Map.entry("message too long", 90),
            Map.entry("no buffer space available", Errno.ENOBUFS),
            Map.entry("no such device", 19),
            Map.entry("address family not supported by protocol", 97),
            Map.entry("protocol not available", 92),
            Map.entry("bad file descriptor", Errno.EBADF));

    /** The negative errno a failure stands for (EINVAL when nothing better is known). */
    public static int errno(Throwable failure) {
        Throwable t = failure;
        while (t instanceof ChannelException && t.getCause() != null) t = t.getCause();
        if (t instanceof Errors.NativeIoException nio) return -Math.abs(nio.expectedErr());
        if (t instanceof PortUnreachableException) return -Errno.ECONNREFUSED;
        if (t instanceof ClosedChannelException) return -Errno.EBADF;
        if (t instanceof NoRouteToHostException) return -113;
        String message = t.getMessage();
        if (message != null) {
            String key = message.toLowerCase(java.util.Locale.ROOT);
            // "Address already in use (Bind failed)" and the like: strerror text first.
            for (var entry : BY_MESSAGE.entrySet()) {
                if (key.contains(entry.getKey())) return -entry.getValue();
            }
        }
        if (t instanceof BindException) return -Errno.EADDRINUSE;
        return -Errno.EINVAL;
    }
}
