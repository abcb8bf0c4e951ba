package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The file system calls libuv makes for Node's fs, on real descriptors through
 * FFM. Every method either returns its result or throws {@link ErrnoException}
 * carrying the exact errno and the syscall name Node reports. Safe to call from
 * any thread (the fs pool runs them).
 */
public final class FileCalls {
    private FileCalls() {}

    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final int AT_EMPTY_PATH = 0x1000;
    private static final int STATX_ALL = 0xfff;
    private static final int STATX_SIZE = 256;
    private static final int PATH_MAX = 4096;
    private static final int O_RDONLY = 0;
    private static final int O_CLOEXEC = 0x80000;
    private static final int O_DIRECTORY = 0x10000;

    private static final FunctionDescriptor INT_PATH = FunctionDescriptor.of(JAVA_INT, ADDRESS);
    private static final FunctionDescriptor INT_PATH_INT = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor INT_PATH_PATH = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
    private static final FunctionDescriptor INT_INT = FunctionDescriptor.of(JAVA_INT, JAVA_INT);

    private static final MethodHandle OPEN = Ffm.errnoCall("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle CLOSE = Ffm.errnoCall("close", INT_INT);
    private static final MethodHandle READ = Ffm.errnoCall("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle PREAD = Ffm.errnoCall("pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle WRITE = Ffm.errnoCall("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle PWRITE = Ffm.errnoCall("pwrite", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle STATX = Ffm.errnoCall("statx", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle MKDIR = Ffm.errnoCall("mkdir", INT_PATH_INT);
    private static final MethodHandle RMDIR = Ffm.errnoCall("rmdir", INT_PATH);
    private static final MethodHandle UNLINK = Ffm.errnoCall("unlink", INT_PATH);
    private static final MethodHandle RENAME = Ffm.errnoCall("rename", INT_PATH_PATH);
    private static final MethodHandle LINK = Ffm.errnoCall("link", INT_PATH_PATH);
    private static final MethodHandle SYMLINK = Ffm.errnoCall("symlink", INT_PATH_PATH);
    private static final MethodHandle READLINK = Ffm.errnoCall("readlink", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle REALPATH = Ffm.errnoCall("realpath", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle CHMOD = Ffm.errnoCall("chmod", INT_PATH_INT);
    private static final MethodHandle FCHMOD = Ffm.errnoCall("fchmod", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle CHOWN = Ffm.errnoCall("chown", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle LCHOWN = Ffm.errnoCall("lchown", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FCHOWN = Ffm.errnoCall("fchown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle TRUNCATE = Ffm.errnoCall("truncate", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle FTRUNCATE = Ffm.errnoCall("ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
    private static final MethodHandle FSYNC = Ffm.errnoCall("fsync", INT_INT);
    private static final MethodHandle FDATASYNC = Ffm.errnoCall("fdatasync", INT_INT);
    private static final MethodHandle ACCESS = Ffm.errnoCall("access", INT_PATH_INT);
    private static final MethodHandle UTIMENSAT = Ffm.errnoCall("utimensat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle FUTIMENS = Ffm.errnoCall("futimens", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle STATFS = Ffm.errnoCall("statfs", INT_PATH_PATH);
    private static final MethodHandle MKDTEMP = Ffm.errnoCall("mkdtemp", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle FDOPENDIR = Ffm.errnoCall("fdopendir", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    private static final MethodHandle READDIR = Ffm.call("readdir", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle CLOSEDIR = Ffm.call("closedir", FunctionDescriptor.of(JAVA_INT, ADDRESS));

    private static MemorySegment cString(Arena arena, String s) {
        return arena.allocateFrom(s, StandardCharsets.UTF_8);
    }

    private static ErrnoException fail(String syscall, MemorySegment state) {
        return new ErrnoException(syscall, Ffm.errno(state));
    }

    /** A libc call that returns 0, or -1 with errno set. */
    @FunctionalInterface
    private interface StatusCall {
        int invoke(Arena arena, MemorySegment state) throws Throwable;
    }

    private static void check(String syscall, StatusCall call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            if (call.invoke(arena, state) != 0) throw fail(syscall, state);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** open(2) with O_CLOEXEC, as libuv does; retried on EINTR. */
    public static int open(String path, int flags, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = cString(arena, path);
            MemorySegment state = Ffm.captureState(arena);
            for (;;) {
                int fd = (int) OPEN.invokeExact(state, p, flags | O_CLOEXEC, mode);
                if (fd >= 0) return fd;
                if (Ffm.errno(state) != Errno.EINTR) throw fail("open", state);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    public static void close(int fd) {
        check("close", (arena, state) -> (int) CLOSE.invokeExact(state, fd));
    }

    /**
     * Up to length bytes from fd at position (-1: the current offset) into
     * dest[offset..]; the count read, 0 at end of file.
     */
    public static int read(int fd, byte[] dest, int offset, int length, long position) {
        if (length == 0) return 0;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(length);
            MemorySegment state = Ffm.captureState(arena);
            for (;;) {
                long n = position < 0
                        ? (long) READ.invokeExact(state, fd, buf, (long) length)
                        : (long) PREAD.invokeExact(state, fd, buf, (long) length, position);
                if (n >= 0) {
                    MemorySegment.copy(buf, JAVA_BYTE, 0, dest, offset, (int) n);
                    return (int) n;
                }
                if (Ffm.errno(state) != Errno.EINTR) throw fail("read", state);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** One write(2)/pwrite(2) of src[offset..offset+length); the count written. */
    public static int write(int fd, byte[] src, int offset, int length, long position) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, length));
            MemorySegment.copy(src, offset, buf, JAVA_BYTE, 0, length);
            MemorySegment state = Ffm.captureState(arena);
            for (;;) {
                long n = position < 0
                        ? (long) WRITE.invokeExact(state, fd, buf, (long) length)
                        : (long) PWRITE.invokeExact(state, fd, buf, (long) length, position);
                if (n >= 0) return (int) n;
                if (Ffm.errno(state) != Errno.EINTR) throw fail("write", state);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** Node's kIoMaxLength: readFile refuses files larger than this. */
    public static final long MAX_READ = Integer.MAX_VALUE;

    /** A file too large to read into one buffer (ERR_FS_FILE_TOO_LARGE). */
    public static final class TooLargeException extends RuntimeException {
        public final long size;

        TooLargeException(long size) {
            super("file too large: " + size, null, false, false);
            this.size = size;
        }
    }

    /** The whole rest of fd from position (-1: current offset), as readFile does. */
    public static byte[] readAll(int fd, long position) {
        long size = stat(null, fd, false, "fstat")[8];
        if (size > MAX_READ) throw new TooLargeException(size);
        // Files in /proc report size 0: start small and grow.
        byte[] data = new byte[(int) Math.max(8192, Math.min(size + 1, MAX_READ - 8))];
        int filled = 0;
        for (;;) {
            if (filled == data.length) {
                if (filled >= MAX_READ - 8) throw new TooLargeException(filled);
                data = java.util.Arrays.copyOf(data, (int) Math.min((long) data.length * 2, MAX_READ - 8));
            }
            int n = read(fd, data, filled, data.length - filled, position < 0 ? -1 : position + filled);
            if (n == 0) return java.util.Arrays.copyOf(data, filled);
            filled += n;
        }
    }

    /**
     * statx(2) of a path (following symlinks unless lstat) or of fd (path null):
     * {dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
     *  atime s, ns, mtime s, ns, ctime s, ns, birthtime s, ns}.
     */
    public static long[] stat(String path, int fd, boolean lstat, String syscall) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(STATX_SIZE, 8);
            MemorySegment state = Ffm.captureState(arena);
            MemorySegment p = path == null ? cString(arena, "") : cString(arena, path);
            int dirfd = path == null ? fd : AT_FDCWD;
            int flags = path == null ? AT_EMPTY_PATH : lstat ? AT_SYMLINK_NOFOLLOW : 0;
            if ((int) STATX.invokeExact(state, dirfd, p, flags, STATX_ALL, buf) != 0) throw fail(syscall, state);
            return new long[] {
                dev(buf.get(JAVA_INT, 136), buf.get(JAVA_INT, 140)),
                Short.toUnsignedLong(buf.get(ValueLayout.JAVA_SHORT, 28)),
                Integer.toUnsignedLong(buf.get(JAVA_INT, 16)),
                Integer.toUnsignedLong(buf.get(JAVA_INT, 20)),
                Integer.toUnsignedLong(buf.get(JAVA_INT, 24)),
                dev(buf.get(JAVA_INT, 128), buf.get(JAVA_INT, 132)),
                Integer.toUnsignedLong(buf.get(JAVA_INT, 4)),
                buf.get(JAVA_LONG, 32),
                buf.get(JAVA_LONG, 40),
                buf.get(JAVA_LONG, 48),
                buf.get(JAVA_LONG, 64), Integer.toUnsignedLong(buf.get(JAVA_INT, 72)),
                buf.get(JAVA_LONG, 112), Integer.toUnsignedLong(buf.get(JAVA_INT, 120)),
                buf.get(JAVA_LONG, 96), Integer.toUnsignedLong(buf.get(JAVA_INT, 104)),
                buf.get(JAVA_LONG, 80), Integer.toUnsignedLong(buf.get(JAVA_INT, 88)),
            };
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** glibc's makedev. */
    private static long dev(int major, int minor) {
        long ma = Integer.toUnsignedLong(major);
        long mi = Integer.toUnsignedLong(minor);
        return ((ma & 0xfffff000L) << 32) | ((ma & 0xfffL) << 8) | ((mi & 0xffffff00L) << 12) | (mi & 0xffL);
    }

    public static void mkdir(String path, int mode) {
        check("mkdir", (arena, state) -> (int) MKDIR.invokeExact(state, cString(arena, path), mode));
    }

    public static void rmdir(String path) {
        check("rmdir", (arena, state) -> (int) RMDIR.invokeExact(state, cString(arena, path)));
    }

    public static void unlink(String path) {
        check("unlink", (arena, state) -> (int) UNLINK.invokeExact(state, cString(arena, path)));
    }

    public static void chmod(String path, int mode) {
        check("chmod", (arena, state) -> (int) CHMOD.invokeExact(state, cString(arena, path), mode));
    }

    public static void access(String path, int mode) {
        check("access", (arena, state) -> (int) ACCESS.invokeExact(state, cString(arena, path), mode));
    }

    public static void rename(String from, String to) {
        check("rename", (arena, state) -> (int) RENAME.invokeExact(state, cString(arena, from), cString(arena, to)));
    }

    public static void link(String existing, String newPath) {
        check("link", (arena, state) -> (int) LINK.invokeExact(state, cString(arena, existing), cString(arena, newPath)));
    }

    public static void symlink(String target, String path) {
        check("symlink", (arena, state) -> (int) SYMLINK.invokeExact(state, cString(arena, target), cString(arena, path)));
    }

    public static void fsync(int fd) {
        check("fsync", (arena, state) -> (int) FSYNC.invokeExact(state, fd));
    }

    public static void fdatasync(int fd) {
        check("fdatasync", (arena, state) -> (int) FDATASYNC.invokeExact(state, fd));
    }

    public static void fchmod(int fd, int mode) {
        check("fchmod", (arena, state) -> (int) FCHMOD.invokeExact(state, fd, mode));
    }

    /** chown, or lchown when noFollow. */
    public static void chown(String path, int uid, int gid, boolean noFollow) {
        check(noFollow ? "lchown" : "chown", (arena, state) -> noFollow
                ? (int) LCHOWN.invokeExact(state, cString(arena, path), uid, gid)
                : (int) CHOWN.invokeExact(state, cString(arena, path), uid, gid));
    }

    public static void fchown(int fd, int uid, int gid) {
        check("fchown", (arena, state) -> (int) FCHOWN.invokeExact(state, fd, uid, gid));
    }

    public static void truncate(String path, long length) {
        check("truncate", (arena, state) -> (int) TRUNCATE.invokeExact(state, cString(arena, path), length));
    }

    public static void ftruncate(int fd, long length) {
        check("ftruncate", (arena, state) -> (int) FTRUNCATE.invokeExact(state, fd, length));
    }

    /**
     * utimensat/futimens with second+nanosecond times; path null means fd.
     * noFollow: lutimes (the link itself).
     */
    public static void utimes(String path, int fd, long atimeSec, long atimeNsec, long mtimeSec, long mtimeNsec,
                              boolean noFollow) {
        String syscall = path == null ? "futime" : noFollow ? "lutime" : "utime";
        check(syscall, (arena, state) -> {
            MemorySegment times = arena.allocate(32, 8);
            times.set(JAVA_LONG, 0, atimeSec);
            times.set(JAVA_LONG, 8, atimeNsec);
            times.set(JAVA_LONG, 16, mtimeSec);
            times.set(JAVA_LONG, 24, mtimeNsec);
            return path == null
                    ? (int) FUTIMENS.invokeExact(state, fd, times)
                    : (int) UTIMENSAT.invokeExact(state, AT_FDCWD, cString(arena, path), times,
                            noFollow ? AT_SYMLINK_NOFOLLOW : 0);
        });
    }

    public static String readlink(String path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = cString(arena, path);
            MemorySegment buf = arena.allocate(PATH_MAX);
            MemorySegment state = Ffm.captureState(arena);
            long n = (long) READLINK.invokeExact(state, p, buf, (long) PATH_MAX);
            if (n < 0) throw fail("readlink", state);
            return new String(buf.asSlice(0, n).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    public static String realpath(String path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = cString(arena, path);
            MemorySegment buf = arena.allocate(PATH_MAX);
            MemorySegment state = Ffm.captureState(arena);
            MemorySegment r = (MemorySegment) REALPATH.invokeExact(state, p, buf);
            if (r.equals(MemorySegment.NULL)) throw fail("realpath", state);
            return buf.getString(0, StandardCharsets.UTF_8);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** mkdtemp(3) of prefix + "XXXXXX": the directory made. */
    public static String mkdtemp(String prefix) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment template = cString(arena, prefix + "XXXXXX");
            MemorySegment state = Ffm.captureState(arena);
            MemorySegment r = (MemorySegment) MKDTEMP.invokeExact(state, template);
            if (r.equals(MemorySegment.NULL)) throw fail("mkdtemp", state);
            return template.getString(0, StandardCharsets.UTF_8);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** statfs(2): {type, bsize, frsize, blocks, bfree, bavail, files, ffree}. */
    public static long[] statfs(String path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = cString(arena, path);
            // struct statfs (x86-64): f_type, f_bsize, f_blocks, f_bfree, f_bavail, f_files,
            // f_ffree, f_fsid, f_namelen, f_frsize, f_flags, f_spare[4]; all 8 bytes.
            MemorySegment buf = arena.allocate(120, 8);
            MemorySegment state = Ffm.captureState(arena);
            if ((int) STATFS.invokeExact(state, p, buf) != 0) throw fail("statfs", state);
            return new long[] {
                buf.get(JAVA_LONG, 0), buf.get(JAVA_LONG, 8), buf.get(JAVA_LONG, 72), buf.get(JAVA_LONG, 16),
                buf.get(JAVA_LONG, 24), buf.get(JAVA_LONG, 32), buf.get(JAVA_LONG, 40), buf.get(JAVA_LONG, 48),
            };
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    /** One directory entry: its name and d_type (DT_* numbers, which are Node's UV_DIRENT_* too). */
    public record DirEntry(String name, int type) {}

    /** The entries of a directory, without "." and "..", in the order the kernel gives them. */
    public static List<DirEntry> readdir(String path) {
        int fd = openForScandir(path);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Ffm.captureState(arena);
            MemorySegment dir = (MemorySegment) FDOPENDIR.invokeExact(state, fd);
            if (dir.equals(MemorySegment.NULL)) {
                ErrnoException e = fail("scandir", state);
                close(fd);
                throw e;
            }
            List<DirEntry> entries = new ArrayList<>();
            try {
                for (;;) {
                    MemorySegment entry = (MemorySegment) READDIR.invokeExact(dir);
                    if (entry.equals(MemorySegment.NULL)) break;
                    // struct dirent64: d_ino 8, d_off 8, d_reclen 2, d_type 1, d_name.
                    MemorySegment e = entry.reinterpret(19 + 256);
                    int type = Byte.toUnsignedInt(e.get(JAVA_BYTE, 18));
                    String name = e.getString(19, StandardCharsets.UTF_8);
                    if (name.equals(".") || name.equals("..")) continue;
                    entries.add(new DirEntry(name, type));
                }
            } finally {
                int ignored = (int) CLOSEDIR.invokeExact(dir);
            }
            return entries;
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    private static int openForScandir(String path) {
        try {
            return open(path, O_RDONLY | O_DIRECTORY, 0);
        } catch (ErrnoException e) {
            throw new ErrnoException("scandir", e.errno());
        }
    }
}
