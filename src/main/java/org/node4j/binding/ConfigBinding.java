package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.node4j.runtime.Isolate;
import org.node4j.runtime.Options;

/** internalBinding('config'): what the command line said, for process.argv/execArgv and the entry point. */
public final class ConfigBinding {
    private final Options options;

    ConfigBinding(Isolate isolate) {
        this.options = isolate.options();
    }

    @Export public String execPath() { return options.execPath(); }
    @Export public Object execArgv() { return ProxyArray.fromList(java.util.List.copyOf(options.execArgv().stream().map(s -> (Object) s).toList())); }
    @Export public String script() { return options.script(); }
    @Export public String eval() { return options.eval(); }
    @Export public boolean print() { return options.print(); }
    @Export public Object args() { return ProxyArray.fromList(options.args().stream().map(s -> (Object) s).toList()); }
    @Export public Object requires() { return ProxyArray.fromList(options.requires().stream().map(s -> (Object) s).toList()); }
    @Export public boolean hasFlag(String flag) { return options.has(flag); }
    /** Every value given for a repeatable --name=value flag, in order. */
    @Export public Object flagValues(String name) {
        String prefix = name + "=";
        return ProxyArray.fromList(options.flags().stream().filter(f -> f.startsWith(prefix))
                .map(f -> (Object) f.substring(prefix.length())).toList());
    }
    /** The value of a --name=value flag, or null. */
    @Export public String flagValue(String name) {
        String prefix = name + "=";
        for (String f : options.flags()) if (f.startsWith(prefix)) return f.substring(prefix.length());
        return null;
    }
}
