package org.node4j.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of an ES module file as the engine compiles it: the file, plus a
 * prelude on line 1 that hands the module's import.meta and namespace to the
 * loader before the body runs. GraalJS's own import.meta only has url; Node's
 * also has dirname, filename, resolve and main, and require(esm) needs the
 * namespace of modules the engine already loaded. The prelude adds no line, so
 * line numbers stay the file's; columns on line 1 shift by {@link #PRELUDE}'s length.
 */
public final class EsmSource {
    /** The module itself and the loader hook, both resolved by the loader (see esm/loader.js). */
    public static final String PRELUDE = "import*as $n4j_ns from\"/node4j:/self\";"
            + "import $n4j_meta from\"/node4j:/meta\";$n4j_meta(import.meta,$n4j_ns);";

    private EsmSource() {}

    public static String read(Path file) throws IOException {
        return wrap(Files.readString(file, StandardCharsets.UTF_8));
    }

    static String wrap(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        // A hashbang must be first; as a comment it keeps its line and the prelude can go first.
        if (text.startsWith("#!")) text = "//" + text.substring(2);
        return PRELUDE + text;
    }
}
