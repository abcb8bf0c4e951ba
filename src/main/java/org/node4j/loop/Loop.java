package org.node4j.loop;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * libuv's event loop, on the thread that owns the JS context.
 *
 * <p>One iteration follows libuv 1.45+ (what Node 24 ships): pending callbacks,
 * poll for completions posted by other threads, check (setImmediate), close
 * callbacks, then timers. The loop lives while a ref'd handle or request exists;
 * what counts as ref'd is kept here as plain counters so that every binding
 * (timers, sockets, fs requests) shares one exit rule.
 *
 * <p>Only {@link #post} may be called from other threads; everything else is
 * for the loop thread alone.
 */
public final class Loop {
    private final Thread owner;
    private final long startNanos = System.nanoTime();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private final ArrayDeque<Runnable> closing = new ArrayDeque<>();

    /** Cached loop time in ms, like uv_now: constant within a phase. */
    private long now;
    /** Ref'd handles (servers, sockets, stdin...) and in-flight requests (fs, dns...). */
    private int refs;
    /** Requests whose completion is on its way from another thread: always keep the loop alive. */
    private int inFlight;

    /** When run() first started (ms on the hr clock, -1 before), and time spent blocked in poll. */
    private double loopStartMillis = -1;
    private long idleNanos;
    private long iterations;
    private long events;

    private final TimerHandle timer = new TimerHandle();
    private final CheckHandle check = new CheckHandle();
    private boolean stopped;

    public Loop() {
        this.owner = Thread.currentThread();
        updateTime();
    }

    public long now() {
        return now;
    }

    /** Monotonic time in ms with sub-ms precision, for performance.now(). */
    public double hrNowMillis() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    public void updateTime() {
        now = (System.nanoTime() - startNanos) / 1_000_000L;
    }

    /** performance.nodeTiming.loopStart: -1 until the loop first runs. */
    public double loopStartMillis() {
        return loopStartMillis;
    }

    /** Total time the loop spent waiting for work in the poll phase (eventLoopUtilization). */
    public double idleMillis() {
        return idleNanos / 1e6;
    }

    /** Iterations run so far (uv_metrics_info's loop_count). */
    public long iterations() {
        return iterations;
    }

    /** Poll-phase tasks run so far (uv_metrics_info's events). */
    public long events() {
        return events;
    }

    public TimerHandle timer() {
        return timer;
    }

    public CheckHandle check() {
        return check;
    }

    public void ref() {
        refs++;
    }

    public void unref() {
        refs--;
    }

    /** A request handed to another thread; {@link #complete} posts its callback back. */
    public void beginRequest() {
        inFlight++;
    }

    /** From any thread: run {@code callback} on the loop in the poll phase, ending one request. */
    public void complete(Runnable callback) {
        post(() -> {
            inFlight--;
            callback.run();
        });
    }

    /** From any thread: run {@code task} on the loop thread during the poll phase. */
    public void post(Runnable task) {
        inbox.add(task);
        if (Thread.currentThread() != owner) {
            LockSupport.unpark(owner);
        }
    }

    /** Defer a callback to the next iteration's pending phase (uv__io_feed). */
    public void defer(Runnable callback) {
        pending.add(callback);
    }

    /** Run after this iteration's check phase, like a uv_close callback. */
    public void onClose(Runnable callback) {
        closing.add(callback);
    }

    public void stop() {
        stopped = true;
    }

    public boolean alive() {
        return refs > 0 || inFlight > 0 || timer.isActiveAndRefd() || check.isRefd()
                || !pending.isEmpty() || !closing.isEmpty() || !inbox.isEmpty();
    }

    /** uv_run(UV_RUN_DEFAULT): returns when nothing ref'd is left or stop() was called. */
    public void run() {
        stopped = false;
        if (loopStartMillis < 0) loopStartMillis = hrNowMillis();
        boolean alive = alive();
        if (alive) {
            updateTime();
            timer.runIfDue(now);
        }
        while (alive && !stopped) {
            iterations++;
            runQueue(pending);
            poll(pollTimeoutMillis());
            check.run();
            runQueue(closing);
            updateTime();
            timer.runIfDue(now);
            alive = alive();
        }
    }

    private long pollTimeoutMillis() {
        // Like uv__backend_timeout: with nothing ref'd left, never sleep (an
        // unref'd timer must not hold the process until it expires).
        if (!alive()) {
            return 0;
        }
        if (stopped || !pending.isEmpty() || !closing.isEmpty() || check.isRefd() || !inbox.isEmpty()) {
            return 0;
        }
        if (timer.isActive()) {
            return Math.max(0, timer.due() - now);
        }
        return refs > 0 || inFlight > 0 ? -1 : 0;
    }

    private void poll(long timeoutMillis) {
        if (inbox.isEmpty() && timeoutMillis != 0) {
            long idleStart = System.nanoTime();
            long deadline = timeoutMillis > 0 ? idleStart + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
            while (inbox.isEmpty()) {
                if (timeoutMillis < 0) {
                    LockSupport.park(this);
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) break;
                    LockSupport.parkNanos(this, left);
                }
                if (stopped) break;
            }
            idleNanos += System.nanoTime() - idleStart;
        }
        updateTime();
        // Only what arrived before this poll started runs now; later arrivals wait
        // for the next iteration, so a busy producer cannot starve timers.
        int budget = inbox.size();
        for (int i = 0; i < budget && !stopped; i++) {
            Runnable task = inbox.poll();
            if (task == null) break;
            events++;
            task.run();
        }
    }

    private void runQueue(ArrayDeque<Runnable> queue) {
        int n = queue.size();
        for (int i = 0; i < n && !stopped; i++) {
            queue.poll().run();
        }
    }
}
