package org.node4j.binding;

import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.node4j.posix.Errno;
import org.node4j.posix.Ids;
import org.node4j.posix.Libc;
import org.node4j.posix.ResourceUsage;
import org.node4j.runtime.Isolate;

/** internalBinding('process_methods'): the native half of the process object. */
public final class ProcessBinding {
    private final Isolate isolate;
    private final long startNanos = System.nanoTime();

    ProcessBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /** process.reallyExit: the end, after 'exit' listeners ran. */
    @Export
    public void reallyExit(int code) {
        System.out.flush();
        System.err.flush();
        isolate.exitHandler().exit(code);
    }

    /** global.gc() under --expose-gc: a request to the JVM collector (WeakRefs clear on a later turn). */
    @Export public void gc() { System.gc(); }

    @Export public int pid() { return Libc.getpid(); }
    @Export public int ppid() { return Libc.getppid(); }
    /** The process's real working directory, or -errno (a number) when getcwd fails. */
    @Export
    public Object cwd() {
        String dir = Libc.getcwd();
        return dir != null ? dir : (Object) Libc.getcwdErrno();
    }

    /** chdir(2) of the process: 0 or -errno (ENOENT, ENOTDIR, EACCES). */
    @Export public int chdir(String dir) { return Libc.chdir(dir); }

    @Export public double getuid() { return Ids.getuid(); }
    @Export public double geteuid() { return Ids.geteuid(); }
    @Export public double getgid() { return Ids.getgid(); }
    @Export public double getegid() { return Ids.getegid(); }

    @Export
    public ProxyArray getgroups() {
        long[] groups = Ids.getgroups();
        double[] out = new double[groups.length];
        for (int i = 0; i < groups.length; i++) out[i] = groups[i];
        return ProxyArray.fromArray((Object[]) box(out));
    }

    @Export public int umask(int mask) { return Libc.umask(mask); }
    @Export public int kill(int pid, int sig) { return Libc.kill(pid, sig); }

    /** Monotonic nanoseconds, for hrtime() and hrtime.bigint(). */
    @Export public long hrtime() { return System.nanoTime(); }


    @Export public double uptime() { return (System.nanoTime() - startNanos) / 1e9; }

    @Export
    public Object memoryUsage() {
        Runtime rt = Runtime.getRuntime();
        long heapUsed = rt.totalMemory() - rt.freeMemory();
        var map = new java.util.HashMap<String, Object>();
        map.put("rss", rss());
        map.put("heapTotal", rt.totalMemory());
        map.put("heapUsed", heapUsed);
        map.put("external", 0L);
        map.put("arrayBuffers", 0L);
        return ProxyObject.fromMap(map);
    }

    /** Resident set size from /proc, in bytes. */
    @Export
    public long rss() {
        try {
            String statm = Files.readString(Path.of("/proc/self/statm"));
            return Long.parseLong(statm.split(" ")[1]) * 4096L;
        } catch (Exception e) {
            return Runtime.getRuntime().totalMemory();
        }
    }

    /** [user µs, system µs] of the whole process (getrusage). */
    @Export
    public ProxyArray cpuUsage() {
        ResourceUsage ru = ResourceUsage.self();
        return ProxyArray.fromArray((double) ru.userMicros(), (double) ru.systemMicros());
    }

    /** The sixteen getrusage fields in process.resourceUsage() order; maxRSS in KB. */
    @Export
    public ProxyArray resourceUsage() {
        return ProxyArray.fromArray(box(ResourceUsage.self().toArray()));
    }

    /**
     * The errno table once, flat: number (positive), name, libuv message (null when
     * Node calls it "Unknown system error"), repeated. lib/internal/util/errno.js
     * builds its maps from it.
     */
    @Export
    public ProxyArray errnoTable() {
        List<Errno.Entry> table = Errno.table();
        Object[] flat = new Object[table.size() * 3];
        int i = 0;
        for (Errno.Entry e : table) {
            flat[i++] = e.number();
            flat[i++] = e.name();
            flat[i++] = e.message();
        }
        return ProxyArray.fromArray(flat);
    }

    /** Linux name to number (os.constants.errno), aliases included, libuv-only codes left out: [name, number, ...]. */
    @Export
    public ProxyArray errnoNumbers() {
        var linux = new java.util.TreeMap<String, Integer>();
        Errno.numbers().forEach((name, n) -> { if (n < 3000) linux.put(name, n); });
        Object[] flat = new Object[linux.size() * 2];
        int i = 0;
        for (var e : linux.entrySet()) {
            flat[i++] = e.getKey();
            flat[i++] = e.getValue();
        }
        return ProxyArray.fromArray(flat);
    }

    @Export public String title() { return "node"; }

    @Export
    public Object env() {
        return ProxyObject.fromMap(new java.util.HashMap<>(System.getenv()));
    }

    /** Java arrays are not JS arrays under HostAccess.EXPLICIT: hand out proxies of boxed values. */
    private static Object[] box(double[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i];
        return out;
    }
}
