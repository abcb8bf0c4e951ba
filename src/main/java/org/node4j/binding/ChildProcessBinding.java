package org.node4j.binding;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.Errno;
import org.node4j.posix.Libc;
import org.node4j.posix.Pipes;
import org.node4j.posix.Spawn;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('process_wrap'): child_process.spawn's native half, libuv's
 * uv_process_t. A child's "pipe" (and "ipc") stdio entries are socketpairs, as
 * in libuv; the parent's ends come back wrapped as {@link PipeHandle}s. A thread
 * per child blocks in waitpid and posts onexit(code, signal) to the loop; until
 * then the child is a ref'd handle unless unref()'d.
 */
public final class ChildProcessBinding {
    private final Isolate isolate;

    ChildProcessBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /**
     * options: file, args (argv, args[0] included), envPairs ("NAME=value"),
     * cwd (or null), detached, stdio (an array of {type: 'pipe'|'ipc'|'ignore'|'fd', fd}),
     * onexit(exitCode, signalNumber) with -1 for the one that does not apply.
     */
    @Export
    public ProcessHandle spawn(Value options) {
        String file = options.getMember("file").asString();
        List<String> argv = strings(options.getMember("args"));
        List<String> env = strings(options.getMember("envPairs"));
        Value cwdValue = options.getMember("cwd");
        String cwd = cwdValue == null || cwdValue.isNull() ? null : cwdValue.asString();
        Value detachedValue = options.getMember("detached");
        boolean detached = detachedValue != null && detachedValue.isBoolean() && detachedValue.asBoolean();
        Value stdio = options.getMember("stdio");
        int n = (int) stdio.getArraySize();

        ProcessHandle handle = new ProcessHandle(n);
        int[] childFds = new int[n];
        List<Integer> childEnds = new ArrayList<>();
        int[] parentEnds = new int[n];
        java.util.Arrays.fill(parentEnds, -1);
        int error = 0;
        for (int i = 0; i < n && error == 0; i++) {
            Value entry = stdio.getArrayElement(i);
            String type = entry.getMember("type").asString();
            switch (type) {
                case "pipe", "ipc" -> {
                    int[] pair = Pipes.socketPair();
                    if (pair.length == 1) {
                        error = pair[0];
                    } else {
                        parentEnds[i] = pair[0];
                        childFds[i] = pair[1];
                        childEnds.add(pair[1]);
                    }
                }
                case "fd" -> childFds[i] = entry.getMember("fd").asInt();
                default -> childFds[i] = Spawn.IGNORE;
            }
        }
        if (error == 0) {
            int pid = Spawn.spawn(new Spawn.Request(file, argv, env, cwd, childFds, detached));
            if (pid < 0) error = pid;
            else handle.pid = pid;
        }
        for (int fd : childEnds) Pipes.close(fd);
        if (error != 0) {
            for (int fd : parentEnds) if (fd >= 0) Pipes.close(fd);
            handle.errno = error;
            return handle;
        }
        for (int i = 0; i < n; i++) {
            if (parentEnds[i] >= 0) handle.pipes[i] = new PipeHandle(isolate, parentEnds[i]);
        }
        handle.start(options.getMember("onexit"));
        return handle;
    }

    static List<String> strings(Value array) {
        List<String> out = new ArrayList<>();
        if (array == null || array.isNull()) return out;
        for (long i = 0; i < array.getArraySize(); i++) out.add(array.getArrayElement(i).asString());
        return out;
    }

    /** One child: its pid, the parent's ends of its pipes, kill and ref/unref. */
    public final class ProcessHandle {
        @Export public int pid;
        /** 0, or -errno when the child could not be started. */
        @Export public int errno;
        @Export public final PipeHandle[] pipes;
        private boolean refed = true;
        private boolean running;

        ProcessHandle(int n) {
            pipes = new PipeHandle[n];
        }

        void start(Value onexit) {
            running = true;
            isolate.loop().ref();
            int childPid = pid;
            Thread.ofPlatform().daemon().name("node4j-waitpid-" + childPid).start(() -> {
                Spawn.Exit exit = Spawn.waitFor(childPid);
                awaitQuietPipes();
                isolate.loop().post(() -> {
                    running = false;
                    if (refed) isolate.loop().unref();
                    isolate.callback(onexit, exit.code(), exit.signal());
                });
            });
        }

        /** Give the readers a moment (at most 100 ms) to pass on what the child wrote before it ended. */
        private void awaitQuietPipes() {
            long deadline = System.nanoTime() + 100_000_000L;
            for (PipeHandle pipe : pipes) {
                while (pipe != null && !pipe.quiet() && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        /** kill(2) the child: 0 or -errno (ESRCH once it has been reaped). */
        @Export
        public int kill(int signal) {
            if (!running) return -Errno.ESRCH;
            return Libc.kill(pid, signal);
        }

        @Export
        public void ref() {
            if (!refed && running) isolate.loop().ref();
            refed = true;
        }

        @Export
        public void unref() {
            if (refed && running) isolate.loop().unref();
            refed = false;
        }

        @Export
        public boolean hasRef() {
            return refed;
        }
    }
}
