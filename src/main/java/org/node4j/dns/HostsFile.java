package org.node4j.dns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.node4j.posix.AddrInfo;

/**
 * /etc/hosts as c-ares consults it before DNS for a reverse lookup: every
 * name on every line for the address, in file order. c-ares makes the first
 * the host's official name and the rest its aliases, and node's reverse()
 * reports the aliases only.
 */
public final class HostsFile {
    private HostsFile() {}

    /** All names listed for ip (4 or 16 bytes), empty when the file has none. */
    public static List<String> namesOf(byte[] ip) {
        List<String> names = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/etc/hosts"));
        } catch (IOException | RuntimeException e) {
            return names;
        }
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) continue;
            String[] words = line.split("\\s+");
            if (words.length < 2) continue;
            byte[] addr = AddrInfo.parse(words[0]);
            if (addr == null || !Arrays.equals(addr, ip)) continue;
            for (int i = 1; i < words.length; i++) names.add(words[i]);
        }
        return names;
    }
}
