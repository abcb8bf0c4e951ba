package org.node4j.binding;

import java.util.List;
import java.util.function.Supplier;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.Errno;
import org.node4j.posix.ErrnoException;
import org.node4j.posix.FileCalls;

/**
 * The operations lib/fs.js asks for by name. {@link #prepare} reads the JS
 * arguments now (on the loop thread) and returns the work, which may then run
 * on any thread: it touches only Java values and {@link FileCalls}.
 */
final class FsOperations {
    private FsOperations() {}

    private static final int O_RDONLY = 0;
    private static final int O_WRONLY = 1;
    private static final int O_CREAT = 0x40;
    private static final int O_EXCL = 0x80;
    private static final int O_TRUNC = 0x200;
    private static final int S_IFMT = 0xf000;
    private static final int S_IFDIR = 0x4000;
    private static final int COPYFILE_EXCL = 1;
    private static final int DT_DIR = 4;

    /** A failed operation as JS sees it: errno is negative, like libuv's. */
    public static final class Failure {
        @Export public final int errno;
        @Export public final String syscall;
        @Export public final String path;

        Failure(int errno, String syscall, String path) {
            this.errno = errno;
            this.syscall = syscall;
            this.path = path;
        }
    }

    /** An errno with the path it happened on, for operations that walk trees. */
    static final class PathErrno extends RuntimeException {
        final ErrnoException cause;
        final String path;

        PathErrno(ErrnoException cause, String path) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
            this.path = path;
        }
    }

    static Supplier<Object> prepare(String op, Value a) {
        return switch (op) {
            case "open" -> {
                String path = a.getArrayElement(0).asString();
                int flags = a.getArrayElement(1).asInt();
                int mode = a.getArrayElement(2).asInt();
                yield () -> FileCalls.open(path, flags, mode);
            }
            case "close" -> {
                int fd = a.getArrayElement(0).asInt();
                yield () -> {
                    FileCalls.close(fd);
                    return 0;
                };
            }
            case "read" -> {
                int fd = a.getArrayElement(0).asInt();
                int length = a.getArrayElement(1).asInt();
                long position = a.getArrayElement(2).asLong();
                yield () -> {
                    byte[] bytes = new byte[length];
                    int n = FileCalls.read(fd, bytes, 0, length, position);
                    return n == length ? bytes : java.util.Arrays.copyOf(bytes, n);
                };
            }
            case "write" -> {
                int fd = a.getArrayElement(0).asInt();
                Value buffer = a.getArrayElement(1);
                int offset = a.getArrayElement(2).asInt();
                int length = a.getArrayElement(3).asInt();
                long position = a.getArrayElement(4).asLong();
                byte[] bytes = new byte[length];
                if (length > 0) buffer.readBuffer(offset, bytes, 0, length);
                yield () -> FileCalls.write(fd, bytes, 0, length, position);
            }
            case "readFile" -> {
                Value target = a.getArrayElement(0);
                int flags = a.getArrayElement(1).asInt();
                if (target.isString()) {
                    String path = target.asString();
                    yield () -> readWholeFile(path, flags);
                }
                int fd = target.asInt();
                yield () -> FileCalls.readAll(fd, -1);
            }
            case "stat", "lstat" -> {
                String path = a.getArrayElement(0).asString();
                boolean lstat = op.equals("lstat");
                yield () -> FileCalls.stat(path, -1, lstat, op);
            }
            case "fstat" -> {
                int fd = a.getArrayElement(0).asInt();
                yield () -> FileCalls.stat(null, fd, false, "fstat");
            }
            case "mkdir" -> {
                String path = a.getArrayElement(0).asString();
                int mode = a.getArrayElement(1).asInt();
                yield () -> {
                    FileCalls.mkdir(path, mode);
                    return 0;
                };
            }
            case "mkdirp" -> {
                String path = a.getArrayElement(0).asString();
                int mode = a.getArrayElement(1).asInt();
                yield () -> mkdirp(path, mode);
            }
            case "rmdir" -> pathOnly(a, FileCalls::rmdir);
            case "unlink" -> pathOnly(a, FileCalls::unlink);
            case "rename" -> twoPaths(a, FileCalls::rename);
            case "link" -> twoPaths(a, FileCalls::link);
            case "symlink" -> twoPaths(a, FileCalls::symlink);
            case "readlink" -> {
                String path = a.getArrayElement(0).asString();
                yield () -> FileCalls.readlink(path);
            }
            case "realpath" -> {
                String path = a.getArrayElement(0).asString();
                yield () -> FileCalls.realpath(path);
            }
            case "chmod", "access" -> {
                String path = a.getArrayElement(0).asString();
                int mode = a.getArrayElement(1).asInt();
                boolean chmod = op.equals("chmod");
                yield () -> {
                    if (chmod) FileCalls.chmod(path, mode);
                    else FileCalls.access(path, mode);
                    return 0;
                };
            }
            case "fchmod" -> {
                int fd = a.getArrayElement(0).asInt();
                int mode = a.getArrayElement(1).asInt();
                yield () -> {
                    FileCalls.fchmod(fd, mode);
                    return 0;
                };
            }
            case "chown", "lchown" -> {
                String path = a.getArrayElement(0).asString();
                int uid = (int) a.getArrayElement(1).asLong();
                int gid = (int) a.getArrayElement(2).asLong();
                boolean noFollow = op.equals("lchown");
                yield () -> {
                    FileCalls.chown(path, uid, gid, noFollow);
                    return 0;
                };
            }
            case "fchown" -> {
                int fd = a.getArrayElement(0).asInt();
                int uid = (int) a.getArrayElement(1).asLong();
                int gid = (int) a.getArrayElement(2).asLong();
                yield () -> {
                    FileCalls.fchown(fd, uid, gid);
                    return 0;
                };
            }
            case "truncate" -> {
                String path = a.getArrayElement(0).asString();
                long length = a.getArrayElement(1).asLong();
                yield () -> {
                    FileCalls.truncate(path, length);
                    return 0;
                };
            }
            case "ftruncate" -> {
                int fd = a.getArrayElement(0).asInt();
                long length = a.getArrayElement(1).asLong();
                yield () -> {
                    FileCalls.ftruncate(fd, length);
                    return 0;
                };
            }
            case "fsync", "fdatasync" -> {
                int fd = a.getArrayElement(0).asInt();
                boolean data = op.equals("fdatasync");
                yield () -> {
                    if (data) FileCalls.fdatasync(fd);
                    else FileCalls.fsync(fd);
                    return 0;
                };
            }
            case "utimes", "lutimes", "futimes" -> {
                Value target = a.getArrayElement(0);
                String path = op.equals("futimes") ? null : target.asString();
                int fd = op.equals("futimes") ? target.asInt() : -1;
                long as = a.getArrayElement(1).asLong();
                long ans = a.getArrayElement(2).asLong();
                long ms = a.getArrayElement(3).asLong();
                long mns = a.getArrayElement(4).asLong();
                boolean noFollow = op.equals("lutimes");
                yield () -> {
                    FileCalls.utimes(path, fd, as, ans, ms, mns, noFollow);
                    return 0;
                };
            }
            case "statfs" -> {
                String path = a.getArrayElement(0).asString();
                yield () -> FileCalls.statfs(path);
            }
            case "mkdtemp" -> {
                String prefix = a.getArrayElement(0).asString();
                yield () -> FileCalls.mkdtemp(prefix);
            }
            case "readdir" -> {
                String path = a.getArrayElement(0).asString();
                // libuv's scandir (readdir) sorts names bytewise; a Dir (opendir)
                // asks for them in the order the kernel lists them: [path, true].
                boolean sorted = a.getArraySize() < 2 || !a.getArrayElement(1).asBoolean();
                yield () -> {
                    List<FileCalls.DirEntry> entries = new java.util.ArrayList<>(FileCalls.readdir(path));
                    if (sorted) {
                        entries.sort((x, y) -> java.util.Arrays.compareUnsigned(
                                x.name().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                y.name().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    }
                    String[] names = new String[entries.size()];
                    int[] types = new int[entries.size()];
                    for (int i = 0; i < names.length; i++) {
                        names[i] = entries.get(i).name();
                        types[i] = entries.get(i).type();
                    }
                    return new Object[] {names, types};
                };
            }
            case "copyfile" -> {
                String src = a.getArrayElement(0).asString();
                String dest = a.getArrayElement(1).asString();
                int mode = a.getArrayElement(2).asInt();
                yield () -> copyFile(src, dest, mode);
            }
            case "rmrf" -> {
                String path = a.getArrayElement(0).asString();
                yield () -> {
                    removeTree(path);
                    return 0;
                };
            }
            default -> throw new IllegalArgumentException("unknown fs operation " + op);
        };
    }

    /** The failure JS gets for an exception thrown by an operation, or null if it is not one. */
    static Failure failure(RuntimeException e) {
        if (e instanceof ErrnoException errno) return new Failure(-errno.errno(), errno.syscall(), null);
        if (e instanceof PathErrno p) return new Failure(-p.cause.errno(), p.cause.syscall(), p.path);
        // errno 0 marks the non-errno failures; syscall says which, path carries the detail.
        if (e instanceof FileCalls.TooLargeException big) return new Failure(0, "ERR_FS_FILE_TOO_LARGE", String.valueOf(big.size));
        return null;
    }

    private interface PathAction {
        void run(String path);
    }

    private interface TwoPathAction {
        void run(String a, String b);
    }

    private static Supplier<Object> pathOnly(Value a, PathAction action) {
        String path = a.getArrayElement(0).asString();
        return () -> {
            action.run(path);
            return 0;
        };
    }

    private static Supplier<Object> twoPaths(Value a, TwoPathAction action) {
        String first = a.getArrayElement(0).asString();
        String second = a.getArrayElement(1).asString();
        return () -> {
            action.run(first, second);
            return 0;
        };
    }

    private static byte[] readWholeFile(String path, int flags) {
        int fd = FileCalls.open(path, flags, 0666);
        try {
            return FileCalls.readAll(fd, -1);
        } finally {
            FileCalls.close(fd);
        }
    }

    /** mkdir -p: the first directory created, or null when all existed. */
    private static Object mkdirp(String path, int mode) {
        try {
            FileCalls.mkdir(path, mode);
            return path;
        } catch (ErrnoException e) {
            if (e.errno() == Errno.EEXIST) {
                if ((FileCalls.stat(path, -1, false, "stat")[1] & S_IFMT) != S_IFDIR) {
                    throw new ErrnoException("mkdir", Errno.EEXIST);
                }
                return null;
            }
            if (e.errno() != Errno.ENOENT) throw e;
        }
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        String parent = slash < 0 ? "." : slash == 0 ? "/" : trimmed.substring(0, slash);
        if (parent.equals(path)) throw new ErrnoException("mkdir", Errno.ENOENT);
        Object first = mkdirp(parent, mode);
        try {
            FileCalls.mkdir(path, mode);
        } catch (ErrnoException e) {
            if (e.errno() != Errno.EEXIST) throw e;
        }
        return first != null ? first : path;
    }

    /** copyfile: the bytes and the mode of src into dest (COPYFILE_EXCL: dest must not exist). */
    private static Object copyFile(String src, String dest, int mode) {
        try {
            int in = FileCalls.open(src, O_RDONLY, 0);
            try {
                long[] st = FileCalls.stat(null, in, false, "fstat");
                if ((st[1] & S_IFMT) == S_IFDIR) throw new ErrnoException("copyfile", Errno.EISDIR);
                int flags = O_WRONLY | O_CREAT | O_TRUNC | ((mode & COPYFILE_EXCL) != 0 ? O_EXCL : 0);
                int out = FileCalls.open(dest, flags, (int) (st[1] & 07777));
                try {
                    byte[] chunk = new byte[65536];
                    for (;;) {
                        int n = FileCalls.read(in, chunk, 0, chunk.length, -1);
                        if (n == 0) break;
                        for (int done = 0; done < n; ) done += FileCalls.write(out, chunk, done, n - done, -1);
                    }
                    FileCalls.fchmod(out, (int) (st[1] & 07777));
                } finally {
                    FileCalls.close(out);
                }
            } finally {
                FileCalls.close(in);
            }
            return 0;
        } catch (ErrnoException e) {
            throw new ErrnoException("copyfile", e.errno());
        }
    }

    /** rm -rf of one path (which must exist): children first; errors name the path they hit. */
    private static void removeTree(String path) {
        long[] st;
        try {
            st = FileCalls.stat(path, -1, true, "lstat");
        } catch (ErrnoException e) {
            throw new PathErrno(e, path);
        }
        if ((st[1] & S_IFMT) != S_IFDIR) {
            try {
                FileCalls.unlink(path);
            } catch (ErrnoException e) {
                throw new PathErrno(e, path);
            }
            return;
        }
        List<FileCalls.DirEntry> entries;
        try {
            entries = FileCalls.readdir(path);
        } catch (ErrnoException e) {
            throw new PathErrno(e, path);
        }
        for (FileCalls.DirEntry entry : entries) {
            String child = path.endsWith("/") ? path + entry.name() : path + "/" + entry.name();
            if (entry.type() == DT_DIR) {
                removeTree(child);
            } else {
                try {
                    FileCalls.unlink(child);
                } catch (ErrnoException e) {
                    if (e.errno() == Errno.EISDIR || e.errno() == Errno.EPERM) removeTree(child);
                    else throw new PathErrno(e, child);
                }
            }
        }
        try {
            FileCalls.rmdir(path);
        } catch (ErrnoException e) {
            throw new PathErrno(e, path);
        }
    }
}
