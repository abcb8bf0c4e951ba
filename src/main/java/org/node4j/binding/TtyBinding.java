package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.node4j.posix.Libc;

/** internalBinding('tty_wrap'): terminal queries for process.stdout/stderr/stdin. */
public final class TtyBinding {
    @Export
    public boolean isTTY(int fd) {
        return Libc.isatty(fd);
    }

    /** [columns, rows], or null when fd is not a terminal. */
    @Export
    public int[] getWindowSize(int fd) {
        return Libc.windowSize(fd);
    }
}
