package org.node4j.binding;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.Errno;
import org.node4j.posix.FdPassing;
import org.node4j.posix.Pipes;
import org.node4j.posix.StdioModes;
import org.node4j.runtime.Isolate;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * libuv's uv_pipe_t over one descriptor (a pipe end or a socketpair end): the
 * handle behind a child's stdio streams, and later process.stdin on a pipe.
 *
 * <p>Reading runs on a thread of its own that hands one chunk at a time to the
 * loop and waits until JS has taken it, so a stream that stops reading stops the
 * thread from reading the fd (the writer on the other side then blocks: real
 * backpressure). Writes run in order on a writer thread; each is a request whose
 * callback comes back on the loop. An eventfd wakes both threads when the handle
 * closes; the fd is closed only once they are gone, so it cannot be reused under
 * them. While reading (and ref'd) the handle keeps the loop alive.
 */
public final class PipeHandle {
    /** libuv's UV_EOF, what onread gets at end of stream. */
    static final int EOF = -4095;
    private static final int CHUNK = 64 * 1024;

    private final Isolate isolate;
    private final int fd;
    /** Sockets get per-call non-blocking I/O; other fds are switched to O_NONBLOCK. */
    private final boolean socket;
    private final int wakeFd;
    private final Object lock = new Object();

    // loop-thread state
    private Value onread;
    private boolean refed = true;
    private boolean counted;
    private volatile boolean ended;
    private volatile boolean closed;
    /** The reader thread has read bytes (or EOF) that the loop has not been handed yet. */
    private volatile boolean holding;
    /** Writes queued or running on the writer thread (their callbacks not yet posted). */
    private final java.util.concurrent.atomic.AtomicInteger pendingWrites = new java.util.concurrent.atomic.AtomicInteger();

    // shared with the reader thread, guarded by lock
    private boolean reading;
    private boolean closing;

    private Thread reader;
    private ExecutorService writer;

    PipeHandle(Isolate isolate, int fd) {
        this.isolate = isolate;
        this.fd = fd;
        this.socket = Pipes.isSocket(fd);
        if (!socket) {
            StdioModes.rememberFlags(fd);
            Pipes.setNonBlocking(fd);
        }
        this.wakeFd = Pipes.eventFd();
    }

    @Export
    public int fd() {
        return fd;
    }

    /** Deliver data to onread(nread, arrayBufferSource): nread > 0 with bytes, EOF, or -errno. */
    @Export
    public int readStart(Value onread) {
        if (closed) return -Errno.EBADF;
        this.onread = onread;
        if (ended) return 0;
        synchronized (lock) {
            reading = true;
            lock.notifyAll();
        }
        if (reader == null) {
            reader = Thread.ofPlatform().daemon().name("node4j-pipe-read-" + fd).unstarted(this::readLoop);
            reader.start();
        }
        updateRef();
        return 0;
    }

    @Export
    public int readStop() {
        synchronized (lock) {
            reading = false;
        }
        updateRef();
        return 0;
    }

    /**
     * Write bytes [offset, offset+length) of an ArrayBuffer. Returns
     * {@link #WRITTEN} when they all went out at once, -errno when the write
     * failed at once, else 0 and oncomplete(status) follows on the loop once they
     * are all in the fd (or failed).
     */
    @Export
    public int write(Value arrayBuffer, int offset, int length, Value oncomplete) {
        if (closed) return -Errno.EBADF;
        byte[] bytes = new byte[length];
        if (length > 0) arrayBuffer.readBuffer(offset, bytes, 0, length);
        int done = 0;
        if (pendingWrites.get() == 0) {
            // As uv_try_write: what the fd takes right now goes out on the loop
            // thread (an error such as EPIPE is known at once); the rest is queued.
            done = tryWrite(bytes);
            if (done < 0) return done;
            if (done == length) return WRITTEN;
        }
        byte[] rest = done == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, done, length);
        submitWrite(() -> writeAll(rest), oncomplete);
        return 0;
    }

    /** What {@link #write} returns when all bytes went out at once: no callback follows. */
    static final int WRITTEN = 1;

    /** One non-blocking write attempt: bytes taken (0 when the fd is full) or -errno. */
    private int tryWrite(byte[] bytes) {
        if (bytes.length == 0) return 0;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(bytes.length);
            MemorySegment.copy(bytes, 0, buf, JAVA_BYTE, 0, bytes.length);
            long n = Pipes.write(fd, socket, buf, Pipes.errnoState(arena));
            if (n == -Errno.EAGAIN) return 0;
            return (int) n;
        }
    }

    /** Write a string as UTF-8 (the IPC channel's messages). */
    @Export
    public int writeUtf8(String text, Value oncomplete) {
        if (closed) return -Errno.EBADF;
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        submitWrite(() -> writeAll(bytes), oncomplete);
        return 0;
    }

    /**
     * Write a string as UTF-8 with a descriptor attached to its first bytes
     * (SCM_RIGHTS): an IPC message that hands a socket or server to the peer.
     */
    @Export
    public int writeUtf8WithFd(String text, int handleFd, Value oncomplete) {
        if (closed) return -Errno.EBADF;
        if (!socket) return -Errno.EINVAL;
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        submitWrite(() -> writeAllWithFd(bytes, handleFd), oncomplete);
        return 0;
    }

    /** After the writes queued so far: end of file for the peer (shutdown(SHUT_WR), or close for a plain pipe). */
    @Export
    public int shutdown(Value oncomplete) {
        if (closed) return -Errno.EBADF;
        submitWrite(() -> {
            int r = Pipes.shutdownWrite(fd);
            return r == -88 /* ENOTSOCK */ ? 0 : r;
        }, oncomplete);
        return 0;
    }

    /** Stop everything, close the fd once the threads let go of it, then oncomplete(). */
    @Export
    public void close(Value oncomplete) {
        if (closed) return;
        closed = true;
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        updateRef();
        Pipes.signal(wakeFd);
        Thread readerThread = reader;
        ExecutorService writerPool = writer;
        isolate.loop().beginRequest();
        Thread.ofPlatform().daemon().name("node4j-pipe-close-" + fd).start(() -> {
            try {
                if (readerThread != null) readerThread.join();
                if (writerPool != null) {
                    writerPool.shutdown();
                    writerPool.awaitTermination(1, TimeUnit.DAYS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // As libuv: stdio descriptors are never closed, only given their modes back.
            if (fd > 2) Pipes.close(fd);
            else StdioModes.restore(fd);
            Pipes.close(wakeFd);
            isolate.loop().complete(() -> {
                if (oncomplete != null && oncomplete.canExecute()) isolate.callback(oncomplete);
            });
        });
    }

    @Export
    public void ref() {
        refed = true;
        updateRef();
    }

    @Export
    public void unref() {
        refed = false;
        updateRef();
    }

    @Export
    public boolean hasRef() {
        return refed;
    }

    /** A reading, ref'd, open handle is one ref on the loop. */
    private void updateRef() {
        boolean active;
        synchronized (lock) {
            active = reading;
        }
        boolean want = refed && active && !ended && !closed;
        if (want == counted) return;
        counted = want;
        if (want) isolate.loop().ref();
        else isolate.loop().unref();
    }

    private interface WriteOp {
        int run();
    }

    private void submitWrite(WriteOp op, Value oncomplete) {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().daemon().name("node4j-pipe-write-" + fd).factory());
        }
        isolate.loop().beginRequest();
        pendingWrites.incrementAndGet();
        writer.execute(() -> {
            int status = closingNow() ? -Errno.ECANCELED : op.run();
            pendingWrites.decrementAndGet();
            isolate.loop().complete(() -> {
                if (oncomplete != null && oncomplete.canExecute()) isolate.callback(oncomplete, status);
            });
        });
    }

    private boolean closingNow() {
        synchronized (lock) {
            return closing;
        }
    }

    /** Runs on the writer thread: all of bytes, waiting while the fd is full. 0 or -errno. */
    private int writeAll(byte[] bytes) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, buf, JAVA_BYTE, 0, bytes.length);
            MemorySegment state = Pipes.errnoState(arena);
            long done = 0;
            while (done < bytes.length) {
                long n = Pipes.write(fd, socket, buf.asSlice(done, bytes.length - done), state);
                if (n >= 0) {
                    done += n;
                } else if (n == -Errno.EAGAIN) {
                    if (!Pipes.await(fd, Pipes.POLLOUT, wakeFd)) return -Errno.ECANCELED;
                } else {
                    return (int) n;
                }
            }
            return 0;
        }
    }

    /** Runs on the writer thread: bytes with fd riding on the first of them, then the rest. 0 or -errno. */
    private int writeAllWithFd(byte[] bytes, int handleFd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, buf, JAVA_BYTE, 0, bytes.length);
            long n;
            while ((n = FdPassing.send(fd, buf, handleFd)) == -Errno.EAGAIN) {
                if (!Pipes.await(fd, Pipes.POLLOUT, wakeFd)) return -Errno.ECANCELED;
            }
            if (n < 0) return (int) n;
            return n == bytes.length ? 0 : writeAll(java.util.Arrays.copyOfRange(bytes, (int) n, bytes.length));
        }
    }

    /** Runs on the reader thread until end of file, an error, or close. */
    private void readLoop() {
        Semaphore taken = new Semaphore(0);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(CHUNK);
            MemorySegment state = Pipes.errnoState(arena);
            for (;;) {
                synchronized (lock) {
                    while (!reading && !closing) lock.wait();
                    if (closing) return;
                }
                holding = true;
                long n;
                int[] fds = null;
                if (socket) {
                    // recvmsg: a descriptor the peer sent (IPC handle passing) comes with its bytes.
                    FdPassing.Received got = FdPassing.receive(fd, buf);
                    n = got.count();
                    if (got.fds().length > 0) fds = got.fds();
                } else {
                    n = Pipes.read(fd, socket, buf, state);
                }
                int[] passed = fds;
                if (n == -Errno.EAGAIN) {
                    holding = false;
                    Pipes.await(fd, Pipes.POLLIN, wakeFd);
                    continue;
                }
                int status = n == 0 ? EOF : (int) Math.min(n, Integer.MAX_VALUE);
                ByteBuffer chunk = n > 0 ? ByteBuffer.wrap(buf.asSlice(0, n).toArray(JAVA_BYTE)) : null;
                if (n > 0) {
                    isolate.loop().post(() -> {
                        try {
                            deliver(status, chunk, passed);
                        } finally {
                            taken.release();
                        }
                    });
                } else {
                    // End of file (or an error) goes round the next iteration's pending
                    // phase, so a child's 'exit', posted as its pipes fall quiet, comes
                    // before its streams' 'end', as in node.
                    holding = false;
                    isolate.loop().post(() -> isolate.loop().defer(() -> {
                        try {
                            deliver(status, chunk, null);
                        } finally {
                            taken.release();
                        }
                    }));
                }
                holding = false;
                taken.acquire();
                if (n <= 0) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * From any thread: whether everything that sits in the fd has been handed to
     * the loop (or nobody reads it) and no write is still under way. A child's
     * exit waits for its pipes to be quiet, so 'exit' follows the output the
     * child wrote before it ended and the outcome (EPIPE...) of writes to it.
     */
    boolean quiet() {
        if (holding || pendingWrites.get() > 0) return false;
        if (closed || ended) return true;
        synchronized (lock) {
            if (!reading) return true;
        }
        return Pipes.bytesAvailable(fd) <= 0;
    }

    /** onread(status, chunk[, fds]): descriptors that came with the bytes follow them. */
    private void deliver(int status, ByteBuffer chunk, int[] fds) {
        if (closed) {
            if (fds != null) for (int passed : fds) Pipes.close(passed);
            return;
        }
        if (status < 0) {
            ended = true;
            updateRef();
        }
        if (onread == null) return;
        if (fds == null) {
            isolate.callback(onread, status, chunk);
        } else {
            Object[] boxed = java.util.Arrays.stream(fds).boxed().toArray();
            isolate.callback(onread, status, chunk, org.graalvm.polyglot.proxy.ProxyArray.fromArray(boxed));
        }
    }
}
