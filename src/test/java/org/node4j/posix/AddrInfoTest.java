package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddrInfoTest {
    @Test
    void resolvesLocalhostFromTheHostsFile() {
        var found = AddrInfo.lookup("localhost", 4, 0);
        assertTrue(found.contains(new AddrInfo.Address(4, "127.0.0.1")), found.toString());
    }

    @Test
    void unknownNamesFailWithLibuvCodes() {
        var e = assertThrows(AddrInfo.LookupException.class, () -> AddrInfo.lookup("nosuchhost.invalid", 0, 0));
        assertTrue(e.code() == -3008 || e.code() == -3001 || e.code() == -3007, "code " + e.code());
    }

    @Test
    void parsesLiterals() {
        assertArrayEquals(new byte[] {127, 0, 0, 1}, AddrInfo.parse("127.0.0.1"));
        assertEquals(16, AddrInfo.parse("fe80::1%lo").length);
        assertNull(AddrInfo.parse("localhost"));
    }

    @Test
    void namesLoopback() {
        String[] names = AddrInfo.nameOf("127.0.0.1", 80);
        assertEquals("localhost", names[0]);
        assertEquals("http", names[1]);
    }

    @Test
    void translatesEaiCodes() {
        assertEquals(-3008, AddrInfo.translate(-2, 0));
        assertEquals(-3001, AddrInfo.translate(-3, 0));
        assertEquals(-111, AddrInfo.translate(-11, 111));
    }
}
