package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('udp_wrap'): UDP socket handles (dgram's native side). A
 * handle has no socket until it is bound, as libuv's uv_udp_t.
 */
public final class UdpBinding implements AutoCloseable {
    private final Isolate isolate;
    /** Handles not yet closed: an isolate that ends (a batch, an embedder) frees their ports. */
    private final java.util.Set<UdpHandle> open = java.util.concurrent.ConcurrentHashMap.newKeySet();

    UdpBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /** A new handle for a 'udp4' (ipv6 false) or 'udp6' socket. */
    @Export
    public UdpHandle create(boolean ipv6) {
        UdpHandle handle = new UdpHandle(isolate, ipv6, open::remove);
        open.add(handle);
        return handle;
    }

    @Override
    public void close() {
        for (UdpHandle handle : open) handle.release();
        open.clear();
    }

    /** bind() flags. */
    @Export public final int IPV6ONLY = UdpHandle.IPV6ONLY;
    @Export public final int REUSEADDR = UdpHandle.REUSEADDR;
    @Export public final int REUSEPORT = UdpHandle.REUSEPORT;
}
