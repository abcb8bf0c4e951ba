package org.node4j.binding;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * libuv's threadpool for fs work: UV_THREADPOOL_SIZE threads (4 by default,
 * 1..1024), daemons so they never hold the process up, started on first use.
 */
final class FsPool {
    private FsPool() {}

    private static final class Holder {
        static final ExecutorService POOL = Executors.newFixedThreadPool(size(), r -> {
            Thread t = new Thread(r, "node4j-fs");
            t.setDaemon(true);
            return t;
        });
    }

    static int size() {
        try {
            int n = Integer.parseInt(System.getenv().getOrDefault("UV_THREADPOOL_SIZE", "4").trim());
            return Math.max(1, Math.min(1024, n));
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    static void execute(Runnable task) {
        Holder.POOL.execute(task);
    }
}
