package org.node4j.net;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Map;

import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.unix.Errors;

import org.node4j.posix.Errno;

/**
 * Netty's failures as the negative errno libuv would have returned. The native
 * transport carries the errno itself; otherwise (NIO, connect failures whose
 * errno Netty keeps private) the strerror text in the message names it.
 */
public final class SocketErrors {
    private SocketErrors() {}

    private static final Map<String, String> STRERROR = Map.ofEntries(
            Map.entry("Connection refused", "ECONNREFUSED"),
            Map.entry("Connection reset by peer", "ECONNRESET"),
            Map.entry("Connection reset", "ECONNRESET"),
            Map.entry("Broken pipe", "EPIPE"),
            Map.entry("Address already in use", "EADDRINUSE"),
            Map.entry("Cannot assign requested address", "EADDRNOTAVAIL"),
            Map.entry("Permission denied", "EACCES"),
            Map.entry("Operation not permitted", "EPERM"),
            Map.entry("Network is unreachable", "ENETUNREACH"),
            Map.entry("No route to host", "EHOSTUNREACH"),
            Map.entry("Connection timed out", "ETIMEDOUT"),
            Map.entry("No such file or directory", "ENOENT"),
            Map.entry("Not a directory", "ENOTDIR"),
            Map.entry("Invalid argument", "EINVAL"),
            Map.entry("Address family not supported by protocol", "EAFNOSUPPORT"),
            Map.entry("Too many open files", "EMFILE"),
            Map.entry("Transport endpoint is not connected", "ENOTCONN"),
            Map.entry("File name too long", "ENAMETOOLONG"),
            Map.entry("Protocol not available", "ENOPROTOOPT"),
            Map.entry("Message too long", "EMSGSIZE"));

    /** The negative errno for {@code failure}, walking its causes; EIO when nothing names one. */
    public static int errno(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Errors.NativeIoException nativeError && nativeError.expectedErr() != 0) {
                return -Math.abs(nativeError.expectedErr());
            }
            int named = fromMessage(t.getMessage());
            if (named != 0) return named;
            switch (t) {
                case ClosedChannelException c -> { return -Errno.EPIPE; }
                case java.io.FileNotFoundException c -> { return -Errno.ENOENT; }
                case ConnectTimeoutException c -> { return -Errno.ETIMEDOUT; }
                case SocketTimeoutException c -> { return -Errno.ETIMEDOUT; }
                case NoRouteToHostException c -> { return -Errno.number("EHOSTUNREACH"); }
                case PortUnreachableException c -> { return -Errno.ECONNREFUSED; }
                case ConnectException c -> { return -Errno.ECONNREFUSED; }
                default -> { }
            }
            if (t.getCause() == t) break;
        }
        if (System.getenv("NODE4J_DEBUG") != null) failure.printStackTrace();
        return -Errno.EIO;
    }

    private static int fromMessage(String message) {
        if (message == null) return 0;
        for (var e : STRERROR.entrySet()) {
            if (message.contains(e.getKey())) return -Errno.number(e.getValue());
        }
        return 0;
    }
}
