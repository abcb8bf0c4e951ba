package org.node4j.posix;

import java.io.File;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * Starting a child as libuv does on Linux, but with posix_spawn: the program is
 * looked up on the child's PATH, each child fd 0..n-1 is dup2'd from a parent fd
 * (or /dev/null), every other descriptor is closed, signal dispositions are reset
 * to their defaults with an empty mask, and the working directory is changed in
 * the child. Exec failures (ENOENT, EACCES, a bad cwd) come back synchronously as
 * -errno. {@link #waitFor} reaps the child and says whether it exited or was
 * killed by a signal, which Java's Process API cannot tell apart.
 */
public final class Spawn {
    private Spawn() {}

    /** In {@link Request#stdio}: give the child /dev/null on this fd (fds 0-2) or nothing (fds 3+). */
    public static final int IGNORE = -1;

    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSID = 0x80;
    private static final int O_RDWR = 2;
    private static final String DEFAULT_PATH = "/bin:/usr/bin";
    private static final long FILE_ACTIONS_SIZE = 256;
    private static final long ATTR_SIZE = 512;
    private static final long SIGSET_SIZE = 128;

    private static final FunctionDescriptor INT_PTR = FunctionDescriptor.of(JAVA_INT, ADDRESS);
    private static final MethodHandle FA_INIT = Ffm.call("posix_spawn_file_actions_init", INT_PTR);
    private static final MethodHandle FA_DESTROY = Ffm.call("posix_spawn_file_actions_destroy", INT_PTR);
    private static final MethodHandle FA_DUP2 = Ffm.call("posix_spawn_file_actions_adddup2",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FA_OPEN = Ffm.call("posix_spawn_file_actions_addopen",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FA_CHDIR = Ffm.call("posix_spawn_file_actions_addchdir_np",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final Optional<MethodHandle> FA_CLOSEFROM = Ffm.optionalCall("posix_spawn_file_actions_addclosefrom_np",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle ATTR_INIT = Ffm.call("posix_spawnattr_init", INT_PTR);
    private static final MethodHandle ATTR_DESTROY = Ffm.call("posix_spawnattr_destroy", INT_PTR);
    private static final MethodHandle ATTR_SETFLAGS = Ffm.call("posix_spawnattr_setflags",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_SHORT));
    private static final MethodHandle ATTR_SETSIGMASK = Ffm.call("posix_spawnattr_setsigmask",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle ATTR_SETSIGDEFAULT = Ffm.call("posix_spawnattr_setsigdefault",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle SIGEMPTYSET = Ffm.call("sigemptyset", INT_PTR);
    private static final MethodHandle SIGFILLSET = Ffm.call("sigfillset", INT_PTR);
    private static final MethodHandle POSIX_SPAWN = Ffm.call("posix_spawn",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle WAITPID = Ffm.errnoCall("waitpid",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));

    /**
     * What to start. {@code argv[0]} is what the child sees as its name;
     * {@code stdio[i]} is the parent fd that becomes the child's fd i, or
     * {@link #IGNORE}. env holds "NAME=value" strings. cwd may be null.
     */
    public record Request(String file, List<String> argv, List<String> env, String cwd, int[] stdio, boolean detached) {}

    /** How a child ended: an exit code, or the number of the signal that killed it (the other is -1). */
    public record Exit(int code, int signal) {}

    /** Start the child: its pid, or -errno. */
    public static int spawn(Request request) {
        Resolved resolved = resolve(request.file(), request.env(), request.cwd());
        if (resolved.path() == null) return -resolved.errno();
        String path = resolved.path();
        int n = request.stdio().length;
        List<Integer> temporaries = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment actions = arena.allocate(FILE_ACTIONS_SIZE, 16);
            MemorySegment attrs = arena.allocate(ATTR_SIZE, 16);
            check((int) FA_INIT.invokeExact(actions));
            check((int) ATTR_INIT.invokeExact(attrs));
            try {
                MemorySegment devNull = arena.allocateFrom("/dev/null", StandardCharsets.UTF_8);
                for (int i = 0; i < n; i++) {
                    int from = request.stdio()[i];
                    if (from == IGNORE) {
                        if (i < 3) check((int) FA_OPEN.invokeExact(actions, i, devNull, O_RDWR, 0));
                        continue;
                    }
                    // A source fd that a lower-numbered dup2 would overwrite first
                    // (stdio [pipe, 2, 1]) is moved out of the way beforehand.
                    if (from != i && from < n) {
                        int moved = Pipes.dupAtLeast(from, n);
                        if (moved < 0) return moved;
                        temporaries.add(moved);
                        from = moved;
                    }
                    check((int) FA_DUP2.invokeExact(actions, from, i));
                }
                if (FA_CLOSEFROM.isPresent()) check((int) FA_CLOSEFROM.get().invokeExact(actions, Math.max(n, 3)));
                if (request.cwd() != null) {
                    check((int) FA_CHDIR.invokeExact(actions, arena.allocateFrom(request.cwd(), StandardCharsets.UTF_8)));
                }
                MemorySegment all = arena.allocate(SIGSET_SIZE, 8);
                MemorySegment none = arena.allocate(SIGSET_SIZE, 8);
                check((int) SIGFILLSET.invokeExact(all));
                check((int) SIGEMPTYSET.invokeExact(none));
                check((int) ATTR_SETSIGDEFAULT.invokeExact(attrs, all));
                check((int) ATTR_SETSIGMASK.invokeExact(attrs, none));
                short flags = (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
                        | (request.detached() ? POSIX_SPAWN_SETSID : 0));
                check((int) ATTR_SETFLAGS.invokeExact(attrs, flags));

                MemorySegment pid = arena.allocate(JAVA_INT);
                int err = (int) POSIX_SPAWN.invokeExact(pid, arena.allocateFrom(path, StandardCharsets.UTF_8),
                        actions, attrs, cStrings(arena, request.argv()), cStrings(arena, request.env()));
                return err == 0 ? pid.get(JAVA_INT, 0) : -err;
            } finally {
                int ignored = (int) FA_DESTROY.invokeExact(actions);
                ignored = (int) ATTR_DESTROY.invokeExact(attrs);
            }
        } catch (SpawnSetupException e) {
            return -e.errno;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        } finally {
            for (int fd : temporaries) Pipes.close(fd);
        }
    }

    /**
     * Block until the child ends (run this on a thread of its own). Decodes the
     * wait status: WIFEXITED gives the code, WIFSIGNALED the signal.
     */
    public static Exit waitFor(int pid) {
        return waitpid(pid, 0);
    }

    /** The child's end if it has ended (it is reaped then), else null: waitpid(WNOHANG). */
    public static Exit tryWait(int pid) {
        return waitpid(pid, 1 /* WNOHANG */);
    }

    private static Exit waitpid(int pid, int options) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment status = arena.allocate(JAVA_INT);
            MemorySegment state = Ffm.captureState(arena);
            for (;;) {
                int r = (int) WAITPID.invokeExact(state, pid, status, options);
                if (r == pid) break;
                if (r == 0) return null; // WNOHANG: still running
                if (r < 0 && Ffm.errno(state) == Errno.EINTR) continue;
                return new Exit(-1, -1); // reaped elsewhere (ECHILD): nothing to report
            }
            int s = status.get(JAVA_INT, 0);
            int termSignal = s & 0x7f;
            if (termSignal == 0) return new Exit((s >> 8) & 0xff, -1);
            return new Exit(-1, termSignal);
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /**
     * The file to exec: as given when it names a path, else the first match on
     * the PATH of the child's environment (glibc's default PATH when it has none),
     * as execvp would find it in the child; else the errno (ENOENT, EACCES).
     */
    static Resolved resolve(String file, List<String> env, String cwd) {
        if (file.isEmpty()) return new Resolved(null, Errno.ENOENT);
        if (file.contains("/")) return new Resolved(file, 0);
        String searchPath = DEFAULT_PATH;
        for (String pair : env) {
            if (pair.startsWith("PATH=")) {
                searchPath = pair.substring(5);
                break;
            }
        }
        boolean denied = false;
        for (String dir : searchPath.split(":", -1)) {
            String candidate = (dir.isEmpty() ? "." : dir) + "/" + file;
            File f = candidate.startsWith("/") || cwd == null ? new File(candidate) : new File(cwd, candidate);
            if (!f.exists() || f.isDirectory()) continue;
            if (!f.canExecute()) {
                denied = true;
                continue;
            }
            return new Resolved(candidate.startsWith("/") || cwd == null ? candidate : f.getPath(), 0);
        }
        return new Resolved(null, denied ? Errno.EACCES : Errno.ENOENT);
    }

    /** A program found on PATH, or the errno of not finding it. */
    record Resolved(String path, int errno) {}

    private static MemorySegment cStrings(Arena arena, List<String> strings) {
        MemorySegment array = arena.allocate(ADDRESS, strings.size() + 1L);
        for (int i = 0; i < strings.size(); i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(strings.get(i), StandardCharsets.UTF_8));
        }
        array.setAtIndex(ADDRESS, strings.size(), MemorySegment.NULL);
        return array;
    }

    private static void check(int err) {
        if (err != 0) throw new SpawnSetupException(err);
    }

    /** A posix_spawn_* setup call failed with this (positive) error number. */
    private static final class SpawnSetupException extends RuntimeException {
        final int errno;

        SpawnSetupException(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }
    }
}
