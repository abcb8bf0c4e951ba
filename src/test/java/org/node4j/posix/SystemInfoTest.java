package org.node4j.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SystemInfoTest {
    @Test
    void memoryFromMeminfo() {
        long total = SystemInfo.totalMemory();
        long free = SystemInfo.freeMemory();
        assertTrue(total > 0);
        assertTrue(free > 0 && free <= total, free + " of " + total);
        assertEquals(0, total % 1024);
    }

    @Test
    void loadAndUptime() {
        double[] load = SystemInfo.loadavg();
        assertEquals(3, load.length);
        for (double l : load) assertTrue(l >= 0);
        assertTrue(SystemInfo.uptime() > 0);
    }

    @Test
    void cpusHaveModelsAndTimesInMilliseconds() {
        List<SystemInfo.Cpu> cpus = SystemInfo.cpus();
        assertFalse(cpus.isEmpty());
        long msPerTick = 1000 / SystemInfo.clockTicks();
        for (SystemInfo.Cpu c : cpus) {
            assertFalse(c.model().isEmpty());
            assertTrue(c.speedMHz() >= 0);
            assertTrue(c.user() >= 0 && c.sys() >= 0 && c.idle() >= 0 && c.nice() >= 0 && c.irq() >= 0);
            assertEquals(0, c.user() % msPerTick);
        }
    }

    @Test
    void parallelismIsTheAffinityMask() {
        int n = SystemInfo.availableParallelism();
        assertTrue(n >= 1);
        assertTrue(n <= SystemInfo.cpus().size(), n + " > " + SystemInfo.cpus().size());
        assertTrue(SystemInfo.clockTicks() > 0);
    }
}
