package org.node4j.binding;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.node4j.posix.Libc;
import org.node4j.runtime.Isolate;

/** internalBinding('process_methods'): the native half of the process object. */
public final class ProcessBinding {
    private final Isolate isolate;
    private final long startNanos = System.nanoTime();
    private String cwd = System.getProperty("user.dir");

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

    @Export public int pid() { return Libc.getpid(); }
    @Export public int ppid() { return Libc.getppid(); }
    @Export public String cwd() { return cwd; }

    /** 0 or -errno (ENOENT, ENOTDIR). */
    @Export
    public int chdir(String dir) {
        Path target = Path.of(cwd).resolve(dir).normalize();
        if (!Files.exists(target)) return -2;
        if (!Files.isDirectory(target)) return -20;
        cwd = target.toString();
        return 0;
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

    /** [user µs, system µs] of the whole process. */
    @Export
    public double[] cpuUsage() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long total = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1000 : 0;
        return new double[] {total, 0};
    }

    @Export public String title() { return "node"; }

    @Export
    public Object env() {
        return ProxyObject.fromMap(new java.util.HashMap<>(System.getenv()));
    }
}
