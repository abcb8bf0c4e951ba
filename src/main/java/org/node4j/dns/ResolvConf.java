package org.node4j.dns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The name servers and retry options of /etc/resolv.conf, which c-ares reads
 * when node creates a resolver. Without a usable nameserver line the resolver
 * falls back to 127.0.0.1:53, as c-ares does.
 */
public record ResolvConf(List<DnsServer> servers, int timeoutMillis, int attempts) {
    /** c-ares's defaults when resolv.conf says nothing: 2 s, and node asks for 4 tries. */
    public static final int DEFAULT_TIMEOUT_MILLIS = 2000;

    public static ResolvConf system() {
        try {
            return parse(Files.readAllLines(Path.of("/etc/resolv.conf")));
        } catch (IOException | RuntimeException e) {
            return parse(List.of());
        }
    }

    static ResolvConf parse(List<String> lines) {
        List<DnsServer> servers = new ArrayList<>();
        int timeout = DEFAULT_TIMEOUT_MILLIS;
        int attempts = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) continue;
            String[] words = line.split("\\s+");
            if (words[0].equals("nameserver") && words.length > 1) {
                DnsServer server = DnsServer.parse(words[1], 53);
                if (server != null && servers.stream().noneMatch(server::sameAs)) servers.add(server);
            } else if (words[0].equals("options")) {
                for (int i = 1; i < words.length; i++) {
                    if (words[i].startsWith("timeout:")) timeout = seconds(words[i].substring(8), timeout);
                    if (words[i].startsWith("attempts:")) attempts = count(words[i].substring(9), attempts);
                }
            }
        }
        if (servers.isEmpty()) servers.add(DnsServer.parse("127.0.0.1", 53));
        return new ResolvConf(List.copyOf(servers), timeout, attempts);
    }

    private static int seconds(String value, int fallback) {
        try {
            return Math.max(1, Integer.parseInt(value)) * 1000;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int count(String value, int fallback) {
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
