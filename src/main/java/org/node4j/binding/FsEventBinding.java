package org.node4j.binding;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.Errno;
import org.node4j.posix.Inotify;
import org.node4j.posix.Pipes;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('fs_event_wrap'): the handles behind fs.watch.
 *
 * <p>As libuv does, one inotify instance serves every watcher of the isolate, so
 * events reach watchers in the order the kernel queued them, and two watchers of
 * the same inode share one watch descriptor (the kernel hands out one per inode).
 * A reader thread waits on the inotify fd and an eventfd (signalled when the
 * isolate closes), and posts each batch it reads to the loop, where
 * {@link #dispatch} hands every event to the handles of its watch descriptor.
 * The table of watch descriptors is touched by the loop thread only.
 */
public final class FsEventBinding implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;

    private final Isolate isolate;
    private final Map<Integer, List<FsEventHandle>> watchers = new HashMap<>();
    private int inotifyFd = -1;
    private int wakeFd = -1;
    private Thread reader;
    private volatile boolean closed;

    FsEventBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /** A new, unstarted FSEvent handle; onchange(status, eventType, filename) runs on the loop. */
    @Export
    public FsEventHandle create(Value onchange) {
        return new FsEventHandle(this, isolate, onchange);
    }

    /** Watch path for handle: the watch descriptor, or -errno. */
    int watch(FsEventHandle handle, String path, int mask) {
        if (closed) return -Errno.EBADF;
        if (inotifyFd < 0) {
            int fd = Inotify.init();
            if (fd < 0) return fd;
            int wake = Pipes.eventFd();
            if (wake < 0) {
                Pipes.close(fd);
                return wake;
            }
            inotifyFd = fd;
            wakeFd = wake;
            reader = Thread.ofPlatform().daemon().name("node4j-inotify").unstarted(this::readLoop);
            reader.start();
        }
        int wd = Inotify.addWatch(inotifyFd, path, mask);
        if (wd < 0) return wd;
        List<FsEventHandle> list = watchers.computeIfAbsent(wd, k -> new ArrayList<>());
        if (!list.contains(handle)) list.add(handle);
        return wd;
    }

    /** handle no longer wants wd; the kernel's watch goes once nobody wants it. */
    void unwatch(FsEventHandle handle, int wd) {
        List<FsEventHandle> list = watchers.get(wd);
        if (list == null) return;
        list.remove(handle);
        if (list.isEmpty()) {
            watchers.remove(wd);
            if (!closed) Inotify.removeWatch(inotifyFd, wd);
        }
    }

    /** On the loop thread: one batch, in the kernel's order. */
    private void dispatch(List<Inotify.Event> batch) {
        for (Inotify.Event event : batch) {
            List<FsEventHandle> list = watchers.get(event.wd());
            if (list == null) continue; // a watch given up since, or the queue-overflow record
            for (FsEventHandle handle : List.copyOf(list)) {
                if (closed) return;
                handle.deliver(event);
            }
            if (event.is(Inotify.IN_IGNORED)) {
                // The kernel dropped the watch (its object is gone).
                List<FsEventHandle> left = watchers.remove(event.wd());
                if (left != null) left.forEach(h -> h.forget(event.wd()));
            }
        }
    }

    /** The reader thread: read whatever the kernel queued, post it, wait for more. */
    private void readLoop() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(BUFFER);
            MemorySegment state = Pipes.errnoState(arena);
            for (;;) {
                if (!Pipes.await(inotifyFd, Pipes.POLLIN, wakeFd) || closed) return;
                List<Inotify.Event> batch = new ArrayList<>();
                long n;
                while ((n = Pipes.read(inotifyFd, false, buf, state)) > 0) {
                    batch.addAll(Inotify.decode(buf, n));
                }
                if (!batch.isEmpty()) isolate.loop().post(() -> dispatch(batch));
                if (n < 0 && n != -Errno.EAGAIN) return;
            }
        }
    }

    /** The isolate is going: stop the reader and give the descriptors back. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (inotifyFd < 0) return;
        Pipes.signal(wakeFd);
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pipes.close(inotifyFd);
        Pipes.close(wakeFd);
        watchers.clear();
    }
}
