package org.node4j.posix;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Host facts Linux publishes in /proc and /sys, read the way libuv reads them for
 * Node: memory from /proc/meminfo (MemAvailable as "free"), load and uptime from
 * /proc, per-CPU times from /proc/stat scaled to milliseconds, CPU models from
 * /proc/cpuinfo and speeds from cpufreq; the usable CPU count from the affinity mask.
 */
public final class SystemInfo {
    private SystemInfo() {}

    private static final MethodHandle SYSCONF = Ffm.call("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
    private static final MethodHandle SCHED_GETAFFINITY = Ffm.errnoCall("sched_getaffinity",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS));
    private static final int SC_CLK_TCK = 2;
    private static final int SC_NPROCESSORS_ONLN = 84;

    /** One logical CPU as os.cpus() reports it; times in milliseconds. */
    public record Cpu(String model, long speedMHz, long user, long nice, long sys, long idle, long irq) {}

    /** Clock ticks per second (USER_HZ) of the /proc/stat counters. */
    public static long clockTicks() {
        try {
            long t = (long) SYSCONF.invokeExact(SC_CLK_TCK);
            return t > 0 ? t : 100;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** CPUs this process may run on (sched_getaffinity); the online count if that fails. */
    public static int availableParallelism() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            for (long size = 128; size <= (1 << 16); size *= 2) {
                MemorySegment mask = arena.allocate(size);
                int r = (int) SCHED_GETAFFINITY.invokeExact(state, 0, size, mask);
                if (r == 0) {
                    int n = 0;
                    for (long i = 0; i < size; i++) n += Integer.bitCount(mask.get(JAVA_BYTE, i) & 0xff);
                    return Math.max(1, n);
                }
                if (Ffm.errno(state) != Errno.EINVAL) break;
            }
            long online = (long) SYSCONF.invokeExact(SC_NPROCESSORS_ONLN);
            return (int) Math.max(1, online);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** MemTotal in bytes, 0 if /proc/meminfo cannot be read. */
    public static long totalMemory() {
        return meminfo("MemTotal:");
    }

    /** MemAvailable in bytes (falling back to MemFree), 0 if unreadable. */
    public static long freeMemory() {
        long avail = meminfo("MemAvailable:");
        return avail > 0 ? avail : meminfo("MemFree:");
    }

    private static long meminfo(String key) {
        for (String line : lines("/proc/meminfo")) {
            if (!line.startsWith(key)) continue;
            String[] parts = line.substring(key.length()).trim().split("\\s+");
            try {
                return Long.parseLong(parts[0]) * 1024;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** The 1, 5 and 15 minute load averages; zeros if /proc/loadavg is unreadable. */
    public static double[] loadavg() {
        double[] out = new double[3];
        List<String> lines = lines("/proc/loadavg");
        if (lines.isEmpty()) return out;
        String[] parts = lines.get(0).trim().split("\\s+");
        for (int i = 0; i < 3 && i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                out[i] = 0;
            }
        }
        return out;
    }

    /** Seconds since boot as /proc/uptime states them (two decimals); -1 if unreadable. */
    public static double uptime() {
        List<String> lines = lines("/proc/uptime");
        if (lines.isEmpty()) return -1;
        try {
            return Double.parseDouble(lines.get(0).trim().split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The online CPUs of /proc/stat with their model, speed and times. */
    public static List<Cpu> cpus() {
        long msPerTick = 1000 / clockTicks();
        Map<Integer, String> models = cpuModels();
        List<Cpu> cpus = new ArrayList<>();
        for (String line : lines("/proc/stat")) {
            if (!line.startsWith("cpu") || line.length() < 4 || !Character.isDigit(line.charAt(3))) continue;
            String[] f = line.trim().split("\\s+");
            if (f.length < 8) continue;
            int index;
            try {
                index = Integer.parseInt(f[0].substring(3));
            } catch (NumberFormatException e) {
                continue;
            }
            cpus.add(new Cpu(models.getOrDefault(index, "unknown"), speedMHz(index),
                    ticks(f[1]) * msPerTick, ticks(f[2]) * msPerTick, ticks(f[3]) * msPerTick,
                    ticks(f[4]) * msPerTick, ticks(f[6]) * msPerTick));
        }
        return cpus;
    }

    private static long ticks(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** processor number -> "model name" (x86) or, failing that, "Processor"/"cpu model" lines. */
    private static Map<Integer, String> cpuModels() {
        Map<Integer, String> models = new HashMap<>();
        int processor = -1;
        for (String line : lines("/proc/cpuinfo")) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("processor")) {
                try {
                    processor = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    processor = -1;
                }
            } else if (processor >= 0 && (key.equals("model name") || key.equals("cpu model"))) {
                models.putIfAbsent(processor, value);
            }
        }
        return models;
    }

    /** cpufreq's current frequency in MHz, 0 where the kernel exposes none (VMs). */
    private static long speedMHz(int cpu) {
        List<String> lines = lines("/sys/devices/system/cpu/cpu" + cpu + "/cpufreq/scaling_cur_freq");
        if (lines.isEmpty()) return 0;
        try {
            return Long.parseLong(lines.get(0).trim()) / 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
