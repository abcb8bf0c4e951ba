package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * getrusage(RUSAGE_SELF): CPU times in microseconds, maxRss in kilobytes (as
 * Linux reports it), the rest as counts.
 */
public record ResourceUsage(
        long userMicros, long systemMicros, long maxRss, long sharedMemory, long unsharedData,
        long unsharedStack, long minorFaults, long majorFaults, long swaps, long blockInputs,
        long blockOutputs, long messagesSent, long messagesReceived, long signals,
        long voluntarySwitches, long involuntarySwitches) {

    private static final int RUSAGE_SELF = 0;
    private static final int RUSAGE_THREAD = 1;
    /** struct rusage on Linux x86_64: two struct timeval (2 longs each), then 14 longs. */
    private static final long SIZE = 18 * Long.BYTES;
    private static final MethodHandle GETRUSAGE =
            Ffm.errnoCall("getrusage", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));

    /** The usage of this process (all threads), or throws if the kernel refuses. */
    public static ResourceUsage self() {
        return of(RUSAGE_SELF);
    }

    /** The usage of the calling thread alone (process.threadCpuUsage on the JS thread). */
    public static ResourceUsage thread() {
        return of(RUSAGE_THREAD);
    }

    private static ResourceUsage of(int who) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ru = arena.allocate(SIZE, Long.BYTES);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) GETRUSAGE.invokeExact(state, who, ru);
            if (r != 0) throw new IllegalStateException("getrusage: errno " + Ffm.errno(state));
            return from(ru);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    private static ResourceUsage from(MemorySegment ru) {
        long[] f = new long[18];
        for (int i = 0; i < f.length; i++) f[i] = ru.getAtIndex(JAVA_LONG, i);
        return new ResourceUsage(
                f[0] * 1_000_000L + f[1], f[2] * 1_000_000L + f[3],
                f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13], f[14], f[15], f[16], f[17]);
    }

    /** All sixteen fields in declaration order, for the JS side. */
    public double[] toArray() {
        return new double[] {
            userMicros, systemMicros, maxRss, sharedMemory, unsharedData, unsharedStack,
            minorFaults, majorFaults, swaps, blockInputs, blockOutputs, messagesSent,
            messagesReceived, signals, voluntarySwitches, involuntarySwitches,
        };
    }
}
