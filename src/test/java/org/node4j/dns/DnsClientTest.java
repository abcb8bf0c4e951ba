package org.node4j.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DnsClientTest {
    private FakeDnsServer server;
    private DnsClient client;

    @BeforeEach
    void start() throws Exception {
        server = FakeDnsServer.start();
        client = new DnsClient(300, 1, 0, new ResolvConf(List.of(DnsServer.parse("127.0.0.1", server.port())), 2000, 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DnsClient.Outcome query(String name, int type) throws Exception {
        CompletableFuture<DnsClient.Outcome> done = new CompletableFuture<>();
        client.query(name, type, done::complete);
        return done.get(10, TimeUnit.SECONDS);
    }

    private String failure(String name) throws Exception {
        return assertInstanceOf(DnsClient.Outcome.Failure.class, query(name, DnsType.A)).code();
    }

    @Test
    void answers() throws Exception {
        var answer = assertInstanceOf(DnsClient.Outcome.Answer.class, query("records.test", DnsType.A));
        assertEquals(List.of(new DnsRecord.A(300, "192.0.2.1"), new DnsRecord.A(301, "192.0.2.2")), answer.records());
    }

    @Test
    void retriesATruncatedReplyOverTcp() throws Exception {
        var answer = assertInstanceOf(DnsClient.Outcome.Answer.class, query("truncated.test", DnsType.A));
        assertEquals(2, answer.records().size());
    }

    @Test
    void mapsFailuresToNodeCodes() throws Exception {
        assertEquals("ENOTFOUND", failure("nxdomain.test"));
        assertEquals("ESERVFAIL", failure("servfail.test"));
        assertEquals("EREFUSED", failure("refused.test"));
        assertEquals("ENODATA", failure("nodata.test"));
        assertEquals("ETIMEOUT", failure("silent.test"));
        assertEquals("EBADRESP", failure("garbage.test"));
        assertEquals("EBADNAME", failure("a..b"));
    }

    @Test
    void cancelEndsQueriesInFlight() throws Exception {
        CompletableFuture<DnsClient.Outcome> done = new CompletableFuture<>();
        client.query("silent.test", DnsType.A, done::complete);
        Thread.sleep(50);
        client.cancelAll();
        var failure = assertInstanceOf(DnsClient.Outcome.Failure.class, done.get(5, TimeUnit.SECONDS));
        assertEquals("ECANCELLED", failure.code());
    }

    @Test
    void refusedPortIsConnRefused() throws Exception {
        server.close();
        assertEquals("ECONNREFUSED", failure("records.test"));
    }
}
