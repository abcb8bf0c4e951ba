package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class ErrnoTest {
    @Test
    void roundTrips() {
        assertEquals(2, Errno.number("ENOENT"));
        assertEquals("ENOENT", Errno.code(2));
        assertEquals("ENOENT", Errno.code(-2));
        assertEquals("no such file or directory", Errno.message(-2));
        assertEquals("address already in use", Errno.message(Errno.number("EADDRINUSE")));
        assertEquals("connection refused", Errno.message(-Errno.ECONNREFUSED));
        assertEquals(111, Errno.ECONNREFUSED);
    }

    @Test
    void everyEntryRoundTrips() {
        var seen = new HashSet<Integer>();
        for (Errno.Entry e : Errno.table()) {
            assertTrue(seen.add(e.number()));
            assertEquals(e.number(), Errno.number(e.name()));
            assertEquals(e, Errno.entry(-e.number()));
        }
        // Every Linux errno 1..133 except the two holes (41, 58).
        for (int n = 1; n <= 133; n++) {
            if (n == 41 || n == 58) assertNull(Errno.entry(n));
            else assertTrue(seen.contains(n), "missing " + n);
        }
    }

    @Test
    void codesLibuvDoesNotNameAreUnknown() {
        assertEquals("EDOM", Errno.linuxName(33));
        assertEquals("Unknown system error -33", Errno.code(33));
        assertEquals("Unknown system error -33", Errno.message(-33));
        assertEquals("Unknown system error -9999", Errno.message(-9999));
    }

    @Test
    void aliasesAndUvCodes() {
        assertEquals(11, Errno.number("EWOULDBLOCK"));
        assertEquals(95, Errno.number("EOPNOTSUPP"));
        assertEquals("EOF", Errno.code(-4095));
        assertEquals("end of file", Errno.message(-4095));
        assertEquals(0, Errno.number("ENOPE"));
    }
}
