package org.node4j.runtime;

import java.util.List;

/**
 * What the command line asked the runtime to do. Parsed by the CLI, read by the
 * isolate and by JS (process.execArgv, --no-deprecation...).
 *
 * @param execPath   the launcher's path, process.execPath
 * @param execArgv   the node options given before the script
 * @param script     the script path, "-" for stdin, or null with eval/REPL
 * @param eval       source given with -e/-p, or null
 * @param print      -p: print the eval result
 * @param args       the script's own arguments (process.argv from index 2)
 * @param requires   modules to preload with -r
 * @param flags      every other recognised flag, verbatim (e.g. "--no-deprecation")
 */
public record Options(String execPath, List<String> execArgv, String script, String eval, boolean print,
                      List<String> args, List<String> requires, List<String> flags) {
    public boolean has(String flag) {
        return flags.contains(flag);
    }
}
