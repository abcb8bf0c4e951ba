package org.node4j.runtime;

import java.util.Locale;
import java.util.Map;

/**
 * The default locale of Intl (and so of {@code navigator.language}), chosen from
 * the environment the way ICU chooses it for node: the first set of LC_ALL,
 * LC_MESSAGES and LANG, without its ".charset" and "@modifier", where "C" and
 * "POSIX" mean en-US. The JVM's own default ignores LC_ALL and answers "en" for
 * the C locale, so node and node4j would disagree without this.
 */
final class DefaultLocale {
    private DefaultLocale() {}

    static String fromEnvironment(Map<String, String> env) {
        String value = null;
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                value = v;
                break;
            }
        }
        if (value == null) return "en-US";
        int cut = value.length();
        for (char c : new char[] {'.', '@'}) {
            int at = value.indexOf(c);
            if (at >= 0 && at < cut) cut = at;
        }
        String id = value.substring(0, cut);
        if (id.isEmpty() || id.equals("C") || id.equals("POSIX")) return "en-US";
        String tag = Locale.forLanguageTag(id.replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? "en-US" : tag;
    }
}
