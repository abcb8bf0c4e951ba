package org.node4j.cli;

import org.node4j.posix.Libc;

import sun.misc.Signal;

/**
 * Node dies by SIGTERM, SIGINT and SIGHUP when nothing listens for them, and
 * its parent sees {@code signal 'SIGTERM'}. The JVM instead catches them and
 * exits with 128+n, which a parent cannot tell from a plain exit code. So the
 * launcher replaces the JVM's action with one that restores the default
 * disposition and re-raises the signal. process.on('SIGTERM') still replaces
 * this (and restores it when the last listener goes), see SignalBinding.
 * Only the command line does this: an embedding host keeps its own signals.
 */
final class SignalDefaults {
    private SignalDefaults() {}

    static void install() {
        for (String name : new String[] {"TERM", "INT", "HUP"}) {
            try {
                Signal.handle(new Signal(name), s -> Libc.dieBySignal(s.getNumber()));
            } catch (IllegalArgumentException ignored) {
                // the JVM was started with -Xrs: the default action is already in place
            }
        }
    }
}
