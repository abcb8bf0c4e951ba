package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** A password-database entry (getpwuid_r(3)): os.userInfo() and the homedir fallback. */
public record Passwd(String name, long uid, long gid, String dir, String shell) {
    private static final MethodHandle GETPWUID_R = Ffm.call("getpwuid_r",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));

    // struct passwd on LP64 glibc: name, passwd, uid+gid, gecos, dir, shell.
    private static final long SIZE = 48;
    private static final long PW_NAME = 0;
    private static final long PW_UID = 16;
    private static final long PW_GID = 20;
    private static final long PW_DIR = 32;
    private static final long PW_SHELL = 40;
    private static final long MAX_BUFFER = 1 << 20;

    /** The entry of the effective user, like libuv's uv_os_get_passwd. */
    public static Passwd current() {
        return byUid(Ids.geteuid());
    }

    /**
     * The entry for uid. Throws {@link ErrnoException} with ENOENT when there is
     * none, or with the error getpwuid_r reported (EIO, EMFILE, ENOMEM...).
     */
    public static Passwd byUid(long uid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pwd = arena.allocate(SIZE, 8);
            MemorySegment result = arena.allocate(ADDRESS);
            for (long size = 4096; ; size *= 2) {
                MemorySegment buf = arena.allocate(size);
                int r = (int) GETPWUID_R.invokeExact((int) uid, pwd, buf, size, result);
                if (r == Errno.ERANGE && size < MAX_BUFFER) continue;
                if (r == Errno.EINTR) continue;
                if (r != 0) throw new ErrnoException("getpwuid_r", r);
                if (result.get(ADDRESS, 0).equals(MemorySegment.NULL)) throw new ErrnoException("getpwuid_r", Errno.ENOENT);
                return new Passwd(string(pwd, PW_NAME),
                        Integer.toUnsignedLong(pwd.get(JAVA_INT, PW_UID)),
                        Integer.toUnsignedLong(pwd.get(JAVA_INT, PW_GID)),
                        string(pwd, PW_DIR), string(pwd, PW_SHELL));
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Ffm.fatal(t);
        }
    }

    private static String string(MemorySegment pwd, long offset) {
        MemorySegment p = pwd.get(ADDRESS, offset);
        if (p.equals(MemorySegment.NULL)) return "";
        return p.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
    }
}
