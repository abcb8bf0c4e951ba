package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * A terminal's attributes (struct termios, Linux x86_64 layout) and the raw mode
 * tty.ReadStream#setRawMode asks for: libuv's UV_TTY_MODE_RAW, i.e. bytes as
 * typed (no line editing, no echo, no signals from ^C, no CR->NL), output
 * newline translation kept (NL still goes out as CR NL).
 */
public final class Terminal {
    private Terminal() {}

    /** sizeof(struct termios) on Linux x86_64. */
    static final int SIZE = 60;
    private static final int IFLAG = 0;
    private static final int OFLAG = 4;
    private static final int CFLAG = 8;
    private static final int LFLAG = 12;
    private static final int CC = 17;
    private static final int VTIME = 5;
    private static final int VMIN = 6;
    private static final int BRKINT = 0x2;
    private static final int INPCK = 0x10;
    private static final int ISTRIP = 0x20;
    private static final int ICRNL = 0x100;
    private static final int IXON = 0x400;
    private static final int ONLCR = 0x4;
    private static final int CS8 = 0x30;
    private static final int ISIG = 0x1;
    private static final int ICANON = 0x2;
    private static final int ECHO = 0x8;
    private static final int IEXTEN = 0x8000;
    private static final int TCSADRAIN = 1;
    private static final ValueLayout.OfInt JAVA_INT_UNALIGNED = JAVA_INT.withByteAlignment(1);

    private static final MethodHandle TCGETATTR = Ffm.errnoCall("tcgetattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle TCSETATTR = Ffm.errnoCall("tcsetattr",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));

    /** fd's attributes; throws ErrnoException (ENOTTY for no terminal). */
    public static byte[] attributes(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(SIZE, 4);
            MemorySegment state = Ffm.captureState(arena);
            if ((int) TCGETATTR.invokeExact(state, fd, buf) != 0) throw new ErrnoException("tcgetattr", Ffm.errno(state));
            return buf.toArray(JAVA_BYTE);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** Apply attributes once pending output is written: 0 or -errno. */
    public static int setAttributes(int fd, byte[] attributes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(SIZE, 4);
            MemorySegment.copy(attributes, 0, buf, JAVA_BYTE, 0, SIZE);
            MemorySegment state = Ffm.captureState(arena);
            int r = (int) TCSETATTR.invokeExact(state, fd, TCSADRAIN, buf);
            return r == 0 ? 0 : -Ffm.errno(state);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** A copy of attributes switched to raw mode. */
    public static byte[] raw(byte[] attributes) {
        MemorySegment t = MemorySegment.ofArray(attributes.clone());
        t.set(JAVA_INT_UNALIGNED, IFLAG, t.get(JAVA_INT_UNALIGNED, IFLAG) & ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON));
        t.set(JAVA_INT_UNALIGNED, OFLAG, t.get(JAVA_INT_UNALIGNED, OFLAG) | ONLCR);
        t.set(JAVA_INT_UNALIGNED, CFLAG, t.get(JAVA_INT_UNALIGNED, CFLAG) | CS8);
        t.set(JAVA_INT_UNALIGNED, LFLAG, t.get(JAVA_INT_UNALIGNED, LFLAG) & ~(ECHO | ICANON | IEXTEN | ISIG));
        t.set(JAVA_BYTE, CC + VMIN, (byte) 1);
        t.set(JAVA_BYTE, CC + VTIME, (byte) 0);
        return t.toArray(JAVA_BYTE);
    }
}
