package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('udp_wrap'): UDP socket handles (dgram's native side). A
 * handle has no socket until it is bound, as libuv's uv_udp_t.
 */
public final class UdpBinding {
    private final Isolate isolate;

    UdpBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /** A new handle for a 'udp4' (ipv6 false) or 'udp6' socket. */
    @Export
    public UdpHandle create(boolean ipv6) {
        return new UdpHandle(isolate, ipv6);
    }

    /** bind() flags. */
    @Export public final int IPV6ONLY = UdpHandle.IPV6ONLY;
    @Export public final int REUSEADDR = UdpHandle.REUSEADDR;
    @Export public final int REUSEPORT = UdpHandle.REUSEPORT;
}
