package org.node4j.posix;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The modes node4j changes on descriptors it shares with others and puts back,
 * as node does at exit: O_NONBLOCK of stdio fds 0-2 (set so a thread can poll a
 * pipe or terminal) and terminal attributes (raw mode). Both belong to the open file
 * description, which a shell shares with us on a terminal: left changed, the
 * shell would find its terminal non-blocking or raw after we exit.
 */
public final class StdioModes {
    private StdioModes() {}

    private static final Map<Integer, Integer> FLAGS = new ConcurrentHashMap<>();
    private static final Map<Integer, byte[]> TERMINAL = new ConcurrentHashMap<>();

    private static boolean stdio(int fd) {
        return fd >= 0 && fd <= 2;
    }

    /** Remember fd's status flags before the first change (no-op above fd 2). */
    public static void rememberFlags(int fd) {
        if (!stdio(fd)) return;
        FLAGS.computeIfAbsent(fd, Pipes::statusFlags);
    }

    /** Remember a terminal's attributes before the first change (any fd: raw mode is undone at exit). */
    public static void rememberTerminal(int fd, byte[] attributes) {
        TERMINAL.putIfAbsent(fd, attributes.clone());
    }

    /** The attributes fd had before node4j first changed them, or null. */
    public static byte[] originalTerminal(int fd) {
        byte[] saved = TERMINAL.get(fd);
        return saved == null ? null : saved.clone();
    }

    /** Put fd's flags and terminal attributes back as they were. */
    public static void restore(int fd) {
        Integer flags = FLAGS.remove(fd);
        if (flags != null && flags >= 0) Pipes.setStatusFlags(fd, flags);
        byte[] attributes = TERMINAL.remove(fd);
        if (attributes != null) Terminal.setAttributes(fd, attributes);
    }

    /** At exit: everything back. */
    public static void restoreAll() {
        for (int fd : FLAGS.keySet()) restore(fd);
        for (int fd : TERMINAL.keySet()) restore(fd);
    }
}
