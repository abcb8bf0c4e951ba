package org.node4j.binding;

import java.util.HashMap;
import java.util.Map;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.runtime.Isolate;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * internalBinding('signal_wrap'): process.on('SIGINT') and friends. A listener
 * replaces the default action; removing the last one restores it. Like Node's
 * signal handles these do not keep the loop alive.
 */
public final class SignalBinding {
    private final Isolate isolate;
    private final Map<String, SignalHandler> previous = new HashMap<>();

    SignalBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /** Start delivering signal `name` (without "SIG") to callback(signum); false if the JVM refuses it. */
    @Export
    public boolean start(String name, Value callback) {
        try {
            Signal signal = new Signal(name);
            SignalHandler old = Signal.handle(signal,
                    s -> isolate.loop().post(() -> isolate.callback(callback, s.getNumber())));
            previous.putIfAbsent(name, old);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Export
    public void stop(String name) {
        SignalHandler old = previous.remove(name);
        if (old == null) return;
        try {
            Signal.handle(new Signal(name), old);
        } catch (IllegalArgumentException ignored) {
            // the JVM reserved this signal after all; nothing to restore
        }
    }
}
