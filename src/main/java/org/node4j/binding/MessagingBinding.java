package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.loop.Loop;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('messaging'): what MessagePorts inside one thread need from the
 * loop. A posted message is delivered in the poll phase of a later iteration
 * (as Node's uv_async does), and a port with a 'message' listener holds a ref.
 * The queues themselves live in JS (lib/internal/worker/io.js).
 */
public final class MessagingBinding {
    private final Isolate isolate;
    private final Loop loop;
    private Value drain;
    private boolean scheduled;

    MessagingBinding(Isolate isolate) {
        this.isolate = isolate;
        this.loop = isolate.loop();
    }

    /** drain() delivers one message and returns true while more are queued for this round. */
    @Export
    public void setup(Value drain) {
        this.drain = drain;
    }

    /** Ask for a delivery round in the poll phase; repeated asks before it runs coalesce. */
    @Export
    public void schedule() {
        if (scheduled || drain == null) return;
        scheduled = true;
        loop.post(() -> {
            scheduled = false;
            Value more;
            do {
                more = isolate.callback(drain);
            } while (more != null && more.isBoolean() && more.asBoolean());
        });
    }

    @Export
    public void ref() {
        loop.ref();
    }

    @Export
    public void unref() {
        loop.unref();
    }
}
