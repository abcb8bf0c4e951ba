package org.node4j.binding;

import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.node4j.posix.Errno;
import org.node4j.posix.Ids;
import org.node4j.posix.Credentials;
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
        isolate.exit(code);
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

    /**
     * process.setuid and friends: "uid"/"gid"/"euid"/"egid" and a numeric id.
     * 0 or -errno. A batch process (many scripts in one JVM) keeps who it is:
     * EPERM, and the script is run again alone.
     */
    @Export
    public int setId(String which, double id) {
        if (Boolean.getBoolean("node4j.batch")) return -1;
        return switch (which) {
            case "uid" -> Credentials.setuid((long) id);
            case "gid" -> Credentials.setgid((long) id);
            case "euid" -> Credentials.seteuid((long) id);
            default -> Credentials.setegid((long) id);
        };
    }

    /** The uid ("user") or gid ("group") of a name, or -1 when the system knows no such name. */
    @Export
    public double idOf(String kind, String name) {
        return "user".equals(kind) ? Credentials.uidOf(name) : Credentials.gidOf(name);
    }

    @Export
    public int setgroups(Value gids) {
        if (Boolean.getBoolean("node4j.batch")) return -1;
        long[] list = new long[(int) gids.getArraySize()];
        for (int i = 0; i < list.length; i++) list[i] = (long) gids.getArrayElement(i).asDouble();
        return Credentials.setgroups(list);
    }

    /** initgroups(user, extraGroup); user is a name or a uid. 0, -errno, or 1 for an unknown uid. */
    @Export
    public int initgroups(Value user, double extraGroup) {
        if (Boolean.getBoolean("node4j.batch")) return -1;
        String name = user.isString() ? user.asString() : Credentials.userName((long) user.asDouble());
        if (name == null) return 1;
        return Credentials.initgroups(name, (long) extraGroup);
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

    /** [user µs, system µs] of the calling (JS) thread: getrusage(RUSAGE_THREAD). */
    @Export
    public ProxyArray threadCpuUsage() {
        ResourceUsage ru = ResourceUsage.thread();
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
        return ProxyObject.fromMap(new java.util.HashMap<>(isolate.environment()));
    }

    /** Java arrays are not JS arrays under HostAccess.EXPLICIT: hand out proxies of boxed values. */
    private static Object[] box(double[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i];
        return out;
    }
}
