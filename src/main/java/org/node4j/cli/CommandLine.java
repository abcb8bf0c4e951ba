package org.node4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.node4j.runtime.Options;

/**
 * node's command line: {@code [options] [script | -e code | -p code | -] [args]},
 * with NODE_OPTIONS prepended to the options. A bad option is a {@link BadOption}.
 */
final class CommandLine {
    /** Node's own flags that take no value and that node4j accepts (some as no-ops). */
    private static final Set<String> FLAGS = Set.of(
            "--no-deprecation", "--throw-deprecation", "--trace-deprecation", "--no-warnings",
            "--trace-warnings", "--pending-deprecation", "--expose-gc", "--expose_gc",
            "--no-experimental-fetch", "--experimental-vm-modules", "--preserve-symlinks",
            "--preserve-symlinks-main", "--abort-on-uncaught-exception", "--trace-uncaught",
            "--experimental-require-module", "--no-experimental-require-module",
            "--experimental-default-type=commonjs", "--no-experimental-global-navigator",
            "--enable-source-maps", "--trace-exit", "--frozen-intrinsics", "--zero-fill-buffers",
            "--no-force-async-hooks-checks", "--expose-internals", "--harmony", "--insecure-http-parser",
            "--experimental-permission", "--no-addons", "--no-global-search-paths", "--experimental-wasm-modules",
            "--experimental-import-meta-resolve", "--experimental-network-inspection", "--stack-trace-limit",
            "--interactive", "-i", "--check", "-c", "--allow-natives-syntax", "--experimental-test-coverage",
            "--test", "--no-experimental-strip-types", "--experimental-strip-types", "--report-on-signal",
            "--experimental-shadow-realm", "--harmony-shadow-realm", "--jitless", "--no-opt", "--max-old-space-size",
            "--async-context-frame", "--no-async-context-frame", "--experimental-eventsource",
            "--experimental-websocket", "--no-experimental-websocket", "--experimental-sqlite",
            "--network-family-autoselection", "--no-network-family-autoselection");
    /** Flags written --name=value (or --name value). */
    private static final Set<String> VALUE_FLAGS = Set.of(
            "--unhandled-rejections", "--max-http-header-size", "--stack-size", "--title",
            "--input-type", "--dns-result-order", "--max-old-space-size", "--stack-trace-limit",
            "--experimental-loader", "--loader", "--import", "--conditions", "-C", "--inspect-port",
            "--secure-heap", "--secure-heap-min", "--redirect-warnings", "--disable-warning",
            "--network-family-autoselection-attempt-timeout", "--experimental-default-type",
            "--env-file", "--env-file-if-exists", "--max-semi-space-size", "--openssl-config",
            "--tls-min-v1.0", "--diagnostic-dir", "--heapsnapshot-signal", "--watch-path");

    record Parsed(Options options, boolean version, boolean help) {}

    static final class BadOption extends Exception {
        BadOption(String option) {
            super(option);
        }
    }

    static Parsed parse(String execPath, List<String> nodeOptions, String[] argv) throws BadOption {
        List<String> execArgv = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> requires = new ArrayList<>();
        String script = null;
        String eval = null;
        boolean print = false;
        boolean version = false;
        boolean help = false;
        List<String> all = new ArrayList<>(nodeOptions);
        int fromNodeOptions = all.size();
        all.addAll(List.of(argv));
        int i = 0;
        for (; i < all.size(); i++) {
            String arg = all.get(i);
            boolean own = i >= fromNodeOptions;
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (!own) throw new BadOption(arg);
                break;
            }
            if (arg.equals("--")) {
                if (own) execArgv.add(arg);
                i++;
                break;
            }
            if (own) execArgv.add(arg);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            name = name.replace('_', '-');
            switch (name) {
                case "-v", "--version" -> version = true;
                case "-h", "--help" -> help = true;
                case "-e", "--eval", "-p", "--print", "-pe" -> {
                    print = print || !name.equals("-e") && !name.equals("--eval");
                    if (value == null) {
                        if (i + 1 >= all.size()) throw new BadOption(arg + " requires an argument");
                        value = all.get(++i);
                        if (own) execArgv.add(value);
                    }
                    eval = value;
                }
                case "-r", "--require" -> {
                    if (value == null) {
                        if (i + 1 >= all.size()) throw new BadOption(arg + " requires an argument");
                        value = all.get(++i);
                        if (own) execArgv.add(value);
                    }
                    requires.add(value);
                }
                default -> {
                    String bare = name.startsWith("--no-") ? "--" + name.substring(5) : name;
                    if (VALUE_FLAGS.contains(name)) {
                        if (value == null) {
                            if (i + 1 >= all.size()) throw new BadOption(arg + " requires an argument");
                            value = all.get(++i);
                            if (own) execArgv.add(value);
                        }
                        flags.add(name + "=" + value);
                    } else if (FLAGS.contains(name) || FLAGS.contains(bare) || name.startsWith("--experimental-")
                            || name.startsWith("--no-experimental-") || name.startsWith("--trace-")
                            || name.startsWith("--v8-") || name.startsWith("--harmony")) {
                        flags.add(value == null ? name : name + "=" + value);
                    } else {
                        throw new BadOption(arg);
                    }
                }
            }
        }
        List<String> args = new ArrayList<>();
        if (eval == null && i < all.size()) {
            script = all.get(i++);
        }
        for (; i < all.size(); i++) args.add(all.get(i));
        return new Parsed(new Options(execPath, execArgv, script, eval, print, args, requires, flags), version, help);
    }

    /** NODE_OPTIONS split like a shell would, honouring double quotes. */
    static List<String> splitNodeOptions(String env) {
        List<String> out = new ArrayList<>();
        if (env == null) return out;
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < env.length(); i++) {
            char c = env.charAt(i);
            if (c == '\\' && quoted && i + 1 < env.length()) {
                cur.append(env.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any || cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
            }
        }
        if (any || cur.length() > 0) out.add(cur.toString());
        return out;
    }
}
