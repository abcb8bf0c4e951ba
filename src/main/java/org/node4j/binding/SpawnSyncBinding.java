package org.node4j.binding;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.Errno;
import org.node4j.posix.Libc;
import org.node4j.posix.Pipes;
import org.node4j.posix.Spawn;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * internalBinding('spawn_sync'): child_process.spawnSync's native half, node's
 * SyncProcessRunner. The child is started like an asynchronous one (posix_spawn,
 * any fd layout); this thread then feeds its stdin from the input buffer and
 * collects every piped output with poll(2), enforcing the timeout and maxBuffer
 * (both kill the child with killSignal), and finally reaps it.
 */
public final class SpawnSyncBinding {
    private static final int CHUNK = 64 * 1024;
    private static final short POLLERR = 0x8;
    private static final short POLLHUP = 0x10;

    /** What spawnSync reports. errno: 0, or -errno (ENOENT: never started; ETIMEDOUT; ENOBUFS). */
    public static final class Result {
        @Export public int pid;
        /** Exit code, or -1 when a signal ended the child. */
        @Export public int status = -1;
        /** The signal that ended the child, or -1. */
        @Export public int signal = -1;
        /** Per stdio index: the bytes of a piped output (a ByteBuffer), else null. */
        @Export public Object[] output;
        @Export public int errno;
    }

    /** One piped stdio entry, seen from the parent. */
    private static final class Stream {
        final int index;
        final int fd;
        final boolean input;
        byte[] pending;
        int offset;
        /** What a piped output has given so far: bytes [0, size) of data. */
        byte[] data = new byte[0];
        int size;
        boolean open = true;

        Stream(int index, int fd, boolean input, byte[] pending) {
            this.index = index;
            this.fd = fd;
            this.input = input;
            this.pending = pending;
        }

        void close() {
            if (open) Pipes.close(fd);
            open = false;
        }
    }

    /**
     * options: file, args (argv, args[0] included), envPairs, cwd (or null),
     * detached, stdio (array of {type: 'pipe'|'ignore'|'fd', fd}), input (an
     * ArrayBuffer for a piped stdin, or null), timeout (ms, 0 for none),
     * maxBuffer (bytes per output, may be Infinity), killSignal (a number).
     */
    @Export
    public Result spawn(Value options) {
        Value stdio = options.getMember("stdio");
        int n = (int) stdio.getArraySize();
        Result result = new Result();
        result.output = new Object[n];
        int[] childFds = new int[n];
        List<Integer> childEnds = new ArrayList<>();
        List<Stream> streams = new ArrayList<>();
        int error = 0;
        for (int i = 0; i < n && error == 0; i++) {
            Value entry = stdio.getArrayElement(i);
            switch (entry.getMember("type").asString()) {
                case "pipe" -> {
                    int[] pair = Pipes.pipe();
                    if (pair.length == 1) {
                        error = pair[0];
                        break;
                    }
                    boolean input = i == 0;
                    // The child reads fd 0's pipe and writes the others.
                    childFds[i] = input ? pair[0] : pair[1];
                    childEnds.add(childFds[i]);
                    streams.add(new Stream(i, input ? pair[1] : pair[0], input, input ? bytes(options.getMember("input")) : null));
                }
                case "fd" -> childFds[i] = entry.getMember("fd").asInt();
                default -> childFds[i] = Spawn.IGNORE;
            }
        }
        if (error == 0) {
            Value detached = options.getMember("detached");
            int pid = Spawn.spawn(new Spawn.Request(options.getMember("file").asString(),
                    ChildProcessBinding.strings(options.getMember("args")),
                    ChildProcessBinding.strings(options.getMember("envPairs")),
                    string(options.getMember("cwd")), childFds,
                    detached != null && detached.isBoolean() && detached.asBoolean()));
            if (pid < 0) error = pid;
            else result.pid = pid;
        }
        for (int fd : childEnds) Pipes.close(fd);
        if (error != 0) {
            for (Stream s : streams) s.close();
            result.errno = error;
            return result;
        }
        for (Stream s : streams) Pipes.setNonBlocking(s.fd);

        double timeout = options.getMember("timeout").asDouble();
        double maxBuffer = options.getMember("maxBuffer").asDouble();
        int killSignal = options.getMember("killSignal").asInt();
        long deadline = timeout > 0 ? System.nanoTime() + (long) (timeout * 1_000_000) : Long.MAX_VALUE;
        pump(streams, result, deadline, maxBuffer, killSignal);
        // Once killed (timeout, overflow), the child's end is only waited for.
        Spawn.Exit exit = reap(result.pid, result.errno != 0 ? Long.MAX_VALUE : deadline, killSignal, result);
        result.status = exit.code();
        result.signal = exit.signal();
        for (Stream s : streams) {
            if (!s.input) result.output[s.index] = ByteBuffer.wrap(java.util.Arrays.copyOf(s.data, s.size));
        }
        return result;
    }

    /** Move bytes until every pipe is closed; a timeout or an overflow kills the child (errno says which). */
    private static void pump(List<Stream> streams, Result result, long deadline, double maxBuffer, int killSignal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(CHUNK);
            MemorySegment state = Pipes.errnoState(arena);
            for (Stream s : streams) {
                if (s.input && (s.pending == null || s.pending.length == 0)) s.close();
            }
            for (;;) {
                List<Stream> open = streams.stream().filter(s -> s.open).toList();
                if (open.isEmpty()) return;
                int[] fds = new int[open.size()];
                short[] events = new short[open.size()];
                short[] revents = new short[open.size()];
                for (int i = 0; i < fds.length; i++) {
                    fds[i] = open.get(i).fd;
                    events[i] = open.get(i).input ? Pipes.POLLOUT : Pipes.POLLIN;
                }
                int wait = -1;
                if (deadline != Long.MAX_VALUE) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        Libc.kill(result.pid, killSignal);
                        result.errno = -Errno.ETIMEDOUT;
                        deadline = Long.MAX_VALUE;
                        continue;
                    }
                    wait = (int) Math.min(Integer.MAX_VALUE, Math.max(1, left / 1_000_000));
                }
                if (Pipes.poll(fds, events, revents, wait) <= 0) continue;
                for (int i = 0; i < fds.length; i++) {
                    if (revents[i] == 0) continue;
                    Stream s = open.get(i);
                    if (s.input) {
                        feed(s, buf, state);
                    } else if (drain(s, buf, state) && s.size > maxBuffer && result.errno == 0) {
                        Libc.kill(result.pid, killSignal);
                        result.errno = -Errno.ENOBUFS;
                        deadline = Long.MAX_VALUE;
                    }
                }
            }
        }
    }

    /** Write what the child's stdin takes now; close it when all is written or the child stopped reading. */
    private static void feed(Stream s, MemorySegment buf, MemorySegment state) {
        int length = Math.min(CHUNK, s.pending.length - s.offset);
        MemorySegment.copy(s.pending, s.offset, buf, JAVA_BYTE, 0, length);
        long written = Pipes.write(s.fd, false, buf.asSlice(0, length), state);
        if (written == -Errno.EAGAIN) return;
        if (written < 0) {
            s.close(); // EPIPE: the child will not read the rest
            return;
        }
        s.offset += (int) written;
        if (s.offset >= s.pending.length) s.close();
    }

    /** Read one chunk of an output; true when bytes came. At end of file the pipe is closed. */
    private static boolean drain(Stream s, MemorySegment buf, MemorySegment state) {
        long got = Pipes.read(s.fd, false, buf, state);
        if (got == -Errno.EAGAIN) return false;
        if (got <= 0) {
            s.close();
            return false;
        }
        // Straight from the read buffer into the output's array (grown by doubling).
        if (s.data.length - s.size < got) {
            s.data = java.util.Arrays.copyOf(s.data, Math.max(s.size + (int) got, s.data.length * 2));
        }
        MemorySegment.copy(buf, JAVA_BYTE, 0, s.data, s.size, (int) got);
        s.size += (int) got;
        return true;
    }

    /** Wait for the child's end; past the deadline (with no pipe left to watch) it is killed first. */
    private static Spawn.Exit reap(int pid, long deadline, int killSignal, Result result) {
        if (deadline == Long.MAX_VALUE) return Spawn.waitFor(pid);
        for (;;) {
            Spawn.Exit exit = Spawn.tryWait(pid);
            if (exit != null) return exit;
            if (System.nanoTime() >= deadline) {
                Libc.kill(pid, killSignal);
                result.errno = -Errno.ETIMEDOUT;
                return Spawn.waitFor(pid);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Spawn.waitFor(pid);
            }
        }
    }

    private static byte[] bytes(Value buffer) {
        if (buffer == null || buffer.isNull() || !buffer.hasBufferElements()) return null;
        byte[] out = new byte[(int) buffer.getBufferSize()];
        buffer.readBuffer(0, out, 0, out.length);
        return out;
    }

    private static String string(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
