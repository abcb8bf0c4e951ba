package org.node4j.posix;

/**
 * A libc call that failed with an errno. Used by the calls whose result has no
 * room for libuv's negative-errno convention (a passwd entry, a priority that may
 * itself be negative); bindings turn it back into -errno for JS.
 */
public final class ErrnoException extends RuntimeException {
    private final int errno;
    private final String syscall;

    public ErrnoException(String syscall, int errno) {
        super(syscall + ": " + Errno.code(errno), null, false, false);
        this.errno = errno;
        this.syscall = syscall;
    }

    /** Positive errno. */
    public int errno() {
        return errno;
    }

    public String syscall() {
        return syscall;
    }
}
