package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class InterfacesTest {
    @Test
    void loopbackIsListedAndInternal() {
        var lo = Interfaces.list().stream().filter(a -> a.address().equals("127.0.0.1")).findFirst().orElseThrow();
        assertEquals("IPv4", lo.family());
        assertEquals("255.0.0.0", lo.netmask());
        assertTrue(lo.internal());
        assertEquals("00:00:00:00:00:00", lo.mac());
    }

    @Test
    void everyAddressIsWellFormed() {
        for (Interfaces.Address a : Interfaces.list()) {
            assertTrue(a.mac().matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}"), a.mac());
            assertTrue(a.family().equals("IPv4") || a.family().equals("IPv6"), a.family());
            if (a.family().equals("IPv4")) assertEquals(0, a.scopeId());
        }
    }

    private static String text(String address) throws Exception {
        return Interfaces.ipv6(InetAddress.getByName(address).getAddress());
    }

    @Test
    void ipv6TextIsCanonical() throws Exception {
        assertEquals("::", text("0:0:0:0:0:0:0:0"));
        assertEquals("::1", text("0:0:0:0:0:0:0:1"));
        assertEquals("fe80::fc:ff:fe00:1", text("fe80:0:0:0:fc:ff:fe00:1"));
        assertEquals("ffff:ffff:ffff:ffff::", text("ffff:ffff:ffff:ffff:0:0:0:0"));
        assertEquals("2001:db8::1:0:0:1", text("2001:db8:0:0:1:0:0:1"));
        assertEquals("2001:db8:0:1:1:1:1:1", text("2001:db8:0:1:1:1:1:1"));
        assertEquals("1::", text("1:0:0:0:0:0:0:0"));
        assertEquals("2001:db8::2:1", text("2001:db8:0:0:0:0:2:1"));
        assertEquals("::1.2.3.4", text("0:0:0:0:0:0:102:304"));
    }

    @Test
    void ipv4MappedKeepsTheDottedQuad() {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 1, 2, 3, 4};
        assertEquals("::ffff:1.2.3.4", Interfaces.ipv6(mapped));
    }
}
