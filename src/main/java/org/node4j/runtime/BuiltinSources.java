package org.node4j.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JS library shipped inside the jar: {@code lib/<id>.js}. Ids are Node's
 * ({@code events}, {@code internal/timers}); the source name the engine sees is
 * {@code node:<id>}, so stack frames read like Node's.
 */
public final class BuiltinSources {
    private static final String ROOT = "/org/node4j/lib/";
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    /** The source text, or null when no builtin has that id. */
    public String source(String id) {
        if (id.contains("..")) return null;
        String cached = cache.get(id);
        if (cached != null) return cached;
        try (InputStream in = BuiltinSources.class.getResourceAsStream(ROOT + id + ".js")) {
            if (in == null) return null;
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            cache.put(id, text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String id) {
        return source(id) != null;
    }
}
