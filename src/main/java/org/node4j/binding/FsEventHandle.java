package org.node4j.binding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.Errno;
import org.node4j.posix.ErrnoException;
import org.node4j.posix.FileCalls;
import org.node4j.posix.Inotify;
import org.node4j.runtime.Isolate;

/**
 * libuv's uv_fs_event_t on inotify: one watched path, events handed to
 * onchange(status, eventType, filename) on the loop thread.
 *
 * <p>Event types are libuv's: 'change' when only the contents or metadata
 * changed (IN_MODIFY, IN_ATTRIB), 'rename' for everything else. The filename
 * is the entry's name in a watched directory, else the watched path's last
 * component.
 *
 * <p>Recursive (on a directory): every directory below gets a watch of its own
 * (symbolic links are not followed), directories that appear later are watched
 * and scanned at once so that what was made in them before the watch took hold
 * is still announced, and filenames are relative to the root ('sub/file.txt').
 * A symbolic link in the tree is watched where it points, as node does, and
 * what happens there is reported as a 'rename' of the link itself.
 * The names seen so far are remembered so that an entry found by a scan and
 * then announced by the kernel too is reported once. A missing root watches
 * nothing and reports nothing, as node's recursive watcher on Linux does.
 *
 * <p>An active, ref'd handle keeps the loop alive (persistent: false unrefs it).
 */
public final class FsEventHandle {
    private static final int DT_UNKNOWN = 0;
    private static final int DT_DIR = 4;
    private static final int DT_LNK = 10;
    private static final long S_IFMT = 0170000;
    private static final long S_IFLNK = 0120000;
    private static final int SUBDIR_MASK = Inotify.WATCH_MASK | Inotify.IN_ONLYDIR | Inotify.IN_DONT_FOLLOW;

    private final FsEventBinding binding;
    private final Isolate isolate;
    private final Value onchange;

    private String path;
    private boolean active;
    private boolean closed;
    private boolean refed = true;
    private boolean counted;

    /** Plain watch: its descriptor, -1 when none. */
    private int wd = -1;
    /** Recursive watch: each watched directory's path relative to the root ("" for the root). */
    private Map<Integer, String> dirs;
    private Set<String> known;
    /** The watches (in dirs) on what symbolic links in the tree point to. */
    private final Set<Integer> links = new HashSet<>();

    FsEventHandle(FsEventBinding binding, Isolate isolate, Value onchange) {
        this.binding = binding;
        this.isolate = isolate;
        this.onchange = onchange;
    }

    /** Start watching: 0, or -errno (ENOENT...) and the handle stays inactive. */
    @Export
    public int start(String path, boolean persistent, boolean recursive) {
        if (closed) return -Errno.EBADF;
        if (active) return 0;
        this.path = path;
        if (recursive) {
            int root = binding.watch(this, path, Inotify.WATCH_MASK | Inotify.IN_ONLYDIR);
            if (root >= 0) {
                dirs = new HashMap<>();
                known = new HashSet<>();
                dirs.put(root, "");
                scan("", path, false);
            } else if (root == -Errno.ENOENT) {
                dirs = new HashMap<>();
                known = new HashSet<>();
            } else if (root != -Errno.ENOTDIR) {
                return root;
            }
        }
        if (dirs == null) {
            int r = binding.watch(this, path, Inotify.WATCH_MASK);
            if (r < 0) return r;
            wd = r;
        }
        active = true;
        refed = persistent;
        updateRef();
        return 0;
    }

    @Export
    public void close() {
        if (closed) return;
        closed = true;
        if (wd >= 0) binding.unwatch(this, wd);
        wd = -1;
        if (dirs != null) {
            for (int w : List.copyOf(dirs.keySet())) binding.unwatch(this, w);
            dirs.clear();
        }
        updateRef();
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

    @Export
    public boolean isActive() {
        return active && !closed;
    }

    private void updateRef() {
        boolean want = refed && active && !closed;
        if (want == counted) return;
        counted = want;
        if (want) isolate.loop().ref();
        else isolate.loop().unref();
    }

    /** The kernel dropped watch w (what it watched is gone). */
    void forget(int w) {
        if (wd == w) wd = -1;
        if (dirs != null) dirs.remove(w);
        links.remove(w);
    }

    /** On the loop thread: one inotify record for one of this handle's watches. */
    void deliver(Inotify.Event event) {
        if (closed || !active) return;
        if (dirs == null) {
            emit(typeOf(event), event.name() != null ? event.name() : basename(path));
            return;
        }
        String dir = dirs.get(event.wd());
        if (dir == null) return;
        if (links.contains(event.wd())) {
            // node reports whatever happens behind a link as a 'rename' of the link.
            if (!event.is(Inotify.IN_IGNORED)) emit("rename", dir);
            return;
        }
        if (event.name() == null) {
            // A subdirectory's own deletion is reported by its parent's watch.
            if (dir.isEmpty() && event.is(Inotify.IN_DELETE_SELF | Inotify.IN_MOVE_SELF)) emit("rename", "");
            return;
        }
        String rel = dir.isEmpty() ? event.name() : dir + "/" + event.name();
        if (event.is(Inotify.IN_CREATE | Inotify.IN_MOVED_TO)) {
            if (known.add(rel)) emit("rename", rel);
            if (event.is(Inotify.IN_ISDIR)) watchSubdirectory(rel, true);
            else if (isSymbolicLink(path + "/" + rel)) watchLink(rel);
        } else if (event.is(Inotify.IN_DELETE | Inotify.IN_MOVED_FROM)) {
            String below = rel + "/";
            known.remove(rel);
            boolean link = links.stream().anyMatch(w -> rel.equals(dirs.get(w)));
            if (event.is(Inotify.IN_ISDIR) || link) {
                known.removeIf(name -> name.startsWith(below));
                List<Integer> gone = new ArrayList<>();
                dirs.forEach((w, name) -> {
                    if (name.equals(rel) || name.startsWith(below)) gone.add(w);
                });
                for (int w : gone) {
                    dirs.remove(w);
                    links.remove(w);
                    binding.unwatch(this, w);
                }
            }
            emit("rename", rel);
        } else if (event.is(Inotify.IN_MODIFY | Inotify.IN_ATTRIB)) {
            emit("change", rel);
        }
    }

    /** Watch directory rel (below the root) and scan it; announce what the scan finds when asked to. */
    private void watchSubdirectory(String rel, boolean announce) {
        if (closed) return;
        String absolute = path + "/" + rel;
        int w = binding.watch(this, absolute, SUBDIR_MASK);
        if (w < 0) return; // gone again, a symbolic link, or out of watches
        if (dirs.containsKey(w)) return; // the same directory twice (a bind mount): once is enough
        dirs.put(w, rel);
        scan(rel, absolute, announce);
    }

    /** Watch what the symbolic link rel points to (unless that is watched already). */
    private void watchLink(String rel) {
        if (closed) return;
        int w = binding.watch(this, path + "/" + rel, Inotify.WATCH_MASK);
        if (w < 0 || dirs.containsKey(w)) return;
        dirs.put(w, rel);
        links.add(w);
    }

    private static boolean isSymbolicLink(String absolute) {
        try {
            return (FileCalls.stat(absolute, -1, true, "lstat")[1] & S_IFMT) == S_IFLNK;
        } catch (ErrnoException e) {
            return false;
        }
    }

    /** libuv's rule: 'change' when only contents or metadata changed, else 'rename'. */
    private static String typeOf(Inotify.Event event) {
        return (event.mask() & ~(Inotify.IN_MODIFY | Inotify.IN_ATTRIB)) == 0 ? "change" : "rename";
    }

    /** Walk directory absolute (rel below the root), pre-order, watching every directory in it. */
    private void scan(String rel, String absolute, boolean announce) {
        List<FileCalls.DirEntry> entries;
        try {
            entries = FileCalls.readdir(absolute);
        } catch (ErrnoException e) {
            return;
        }
        for (FileCalls.DirEntry entry : entries) {
            if (closed) return;
            String child = rel.isEmpty() ? entry.name() : rel + "/" + entry.name();
            if (known.add(child) && announce) emit("rename", child);
            if (entry.type() == DT_DIR || entry.type() == DT_UNKNOWN) watchSubdirectory(child, announce);
            if (entry.type() == DT_LNK || entry.type() == DT_UNKNOWN && isSymbolicLink(absolute + "/" + entry.name())) {
                watchLink(child);
            }
        }
    }

    private void emit(String eventType, String filename) {
        if (closed) return;
        isolate.callback(onchange, 0, eventType, filename);
    }

    private static String basename(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        int slash = p.lastIndexOf('/');
        return slash < 0 || p.length() == 1 ? p : p.substring(slash + 1);
    }
}
