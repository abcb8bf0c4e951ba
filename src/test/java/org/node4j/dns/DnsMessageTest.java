package org.node4j.dns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DnsMessageTest {
    @Test
    void encodesNames() throws Exception {
        assertArrayEquals(new byte[] {1, 'a', 2, 'b', 'c', 0}, DnsMessage.encodeName("a.bc"));
        assertArrayEquals(new byte[] {1, 'a', 2, 'b', 'c', 0}, DnsMessage.encodeName("a.bc."));
        assertArrayEquals(new byte[] {0}, DnsMessage.encodeName(""));
        assertArrayEquals(new byte[] {0}, DnsMessage.encodeName("."));
        assertArrayEquals(new byte[] {3, 'a', '.', 'b', 0}, DnsMessage.encodeName("a\\.b"));
        assertArrayEquals(new byte[] {1, ' ', 0}, DnsMessage.encodeName("\\032"));
    }

    @Test
    void rejectsNamesTheWireCannotCarry() {
        assertThrows(DnsMessage.BadNameException.class, () -> DnsMessage.encodeName("a..b"));
        assertThrows(DnsMessage.BadNameException.class, () -> DnsMessage.encodeName(".a"));
        assertThrows(DnsMessage.BadNameException.class, () -> DnsMessage.encodeName("x".repeat(64)));
        assertThrows(DnsMessage.BadNameException.class, () -> DnsMessage.encodeName(("x".repeat(60) + ".").repeat(5)));
    }

    @Test
    void parsesEveryRecordTypeOfTheCannedServer() throws Exception {
        byte[] query = DnsMessage.query(0x1234, "records.test", DnsType.ANY);
        DnsMessage.Response r = DnsMessage.parse(FakeDnsServer.answer(query, false));
        assertEquals(0x1234, r.id());
        assertEquals(DnsMessage.NOERROR, r.rcode());
        assertTrue(r.answers(0x1234, "RECORDS.test.", DnsType.ANY));
        List<DnsRecord> records = r.answers();
        assertEquals(new DnsRecord.A(300, "192.0.2.1"), records.get(0));
        assertEquals(new DnsRecord.Aaaa(302, "2001:db8::1"), records.get(2));
        assertTrue(records.contains(new DnsRecord.Mx(304, 10, "mx1.records.test")));
        assertTrue(records.contains(new DnsRecord.Soa(307, "ns1.records.test", "admin.records.test",
                2024010101L, 7200, 3600, 1209600, 300)));
        assertTrue(records.contains(new DnsRecord.Srv(308, 1, 5, 8080, "svc.records.test")));
        assertTrue(records.contains(new DnsRecord.Txt(309, List.of("part one", "part two"))));
        assertTrue(records.contains(new DnsRecord.Caa(310, 0, "issue", "ca.test")));
        assertTrue(records.contains(new DnsRecord.Naptr(311, 100, 10, "S", "SIP+D2U", "", "_sip._udp.records.test")));
    }

    @Test
    void reportsRcodeAndTruncation() throws Exception {
        DnsMessage.Response nx = DnsMessage.parse(FakeDnsServer.answer(DnsMessage.query(1, "nxdomain.test", 1), false));
        assertEquals(DnsMessage.NXDOMAIN, nx.rcode());
        DnsMessage.Response tc = DnsMessage.parse(FakeDnsServer.answer(DnsMessage.query(2, "truncated.test", 1), false));
        assertTrue(tc.truncated());
    }

    @Test
    void rejectsMalformedReplies() throws Exception {
        byte[] cut = FakeDnsServer.answer(DnsMessage.query(3, "garbage.test", 1), false);
        assertThrows(DnsMessage.BadResponseException.class, () -> DnsMessage.parse(cut));
        byte[] whole = FakeDnsServer.answer(DnsMessage.query(4, "records.test", 1), false);
        // A compression pointer that points at itself must not loop.
        whole[whole.length - 16] = (byte) 0xc0;
        whole[whole.length - 15] = (byte) (whole.length - 16);
        assertThrows(DnsMessage.BadResponseException.class, () -> DnsMessage.parse(whole));
    }
}
