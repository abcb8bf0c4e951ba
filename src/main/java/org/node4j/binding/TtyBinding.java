package org.node4j.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.node4j.posix.ErrnoException;
import org.node4j.posix.Libc;
import org.node4j.posix.StdioModes;
import org.node4j.posix.Terminal;

/** internalBinding('tty_wrap'): terminal queries for process.stdout/stderr/stdin. */
public final class TtyBinding {
    @Export
    public boolean isTTY(int fd) {
        return Libc.isatty(fd);
    }

    /**
     * tty.ReadStream#setRawMode: raw (libuv's UV_TTY_MODE_RAW) or back to the
     * attributes the terminal had before. 0 or -errno.
     */
    @Export
    public int setRawMode(int fd, boolean raw) {
        byte[] current;
        try {
            current = Terminal.attributes(fd);
        } catch (ErrnoException e) {
            return -e.errno();
        }
        StdioModes.rememberTerminal(fd, current);
        if (raw) return Terminal.setAttributes(fd, Terminal.raw(current));
        byte[] original = StdioModes.originalTerminal(fd);
        return original == null ? 0 : Terminal.setAttributes(fd, original);
    }

    /** [columns, rows], or null when fd is not a terminal. */
    @Export
    public int[] getWindowSize(int fd) {
        return Libc.windowSize(fd);
    }
}
