package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/** uname(2): what os.type(), release(), version(), machine() and hostname() report. */
public record Uname(String sysname, String nodename, String release, String version, String machine) {
    private static final MethodHandle UNAME = Ffm.errnoCall("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    /** Linux's struct utsname: six char[65] fields (the sixth is the NIS domain name). */
    private static final int FIELD = 65;
    private static final int FIELDS = 6;

    /** The kernel's current answer; throws {@link ErrnoException} if uname fails (it cannot on Linux). */
    public static Uname get() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate((long) FIELD * FIELDS);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) UNAME.invokeExact(state, buf);
            if (r != 0) throw new ErrnoException("uname", Ffm.errno(state));
            return new Uname(field(buf, 0), field(buf, 1), field(buf, 2), field(buf, 3), field(buf, 4));
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    private static String field(MemorySegment buf, int index) {
        return buf.asSlice((long) index * FIELD, FIELD).getString(0, StandardCharsets.UTF_8);
    }
}
