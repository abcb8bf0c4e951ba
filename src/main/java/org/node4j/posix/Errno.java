package org.node4j.posix;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linux errno numbers, their names, and the message text Node prints for them
 * (libuv's wording). Numbers are positive here; Node and the bindings report
 * them negated. An errno libuv has no name for gets a null {@code message}: Node
 * then says "Unknown system error -N" for both the code and the message. The
 * libuv-only codes (EOF, EAI_*, ...) have no Linux number; they sit at their
 * libuv value (3000 and up).
 */
public final class Errno {
    private Errno() {}

    /** One errno: number (positive), name, libuv message or null. */
    public record Entry(int number, String name, String message) {
        /** Whether Node knows this code (util.getSystemErrorMap has it). */
        public boolean known() {
            return message != null;
        }
    }

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOSPC = 28;
    public static final int EPIPE = 32;
    public static final int ERANGE = 34;
    public static final int ENAMETOOLONG = 36;
    public static final int ENOSYS = 38;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int EADDRINUSE = 98;
    public static final int ECONNRESET = 104;
    public static final int ENOBUFS = 105;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;
    public static final int ECANCELED = 125;

    private static final Map<Integer, Entry> BY_NUMBER = new LinkedHashMap<>();
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    private static void e(int number, String name, String message) {
        Entry entry = new Entry(number, name, message);
        BY_NUMBER.put(number, entry);
        BY_NAME.put(name, number);
    }

    private static void e(int number, String name) {
        e(number, name, null);
    }

    static {
        e(1, "EPERM", "operation not permitted");
        e(2, "ENOENT", "no such file or directory");
        e(3, "ESRCH", "no such process");
        e(4, "EINTR", "interrupted system call");
        e(5, "EIO", "i/o error");
        e(6, "ENXIO", "no such device or address");
        e(7, "E2BIG", "argument list too long");
        e(8, "ENOEXEC", "exec format error");
        e(9, "EBADF", "bad file descriptor");
        e(10, "ECHILD");
        e(11, "EAGAIN", "resource temporarily unavailable");
        e(12, "ENOMEM", "not enough memory");
        e(13, "EACCES", "permission denied");
        e(14, "EFAULT", "bad address in system call argument");
        e(15, "ENOTBLK");
        e(16, "EBUSY", "resource busy or locked");
        e(17, "EEXIST", "file already exists");
        e(18, "EXDEV", "cross-device link not permitted");
        e(19, "ENODEV", "no such device");
        e(20, "ENOTDIR", "not a directory");
        e(21, "EISDIR", "illegal operation on a directory");
        e(22, "EINVAL", "invalid argument");
        e(23, "ENFILE", "file table overflow");
        e(24, "EMFILE", "too many open files");
        e(25, "ENOTTY", "inappropriate ioctl for device");
        e(26, "ETXTBSY", "text file is busy");
        e(27, "EFBIG", "file too large");
        e(28, "ENOSPC", "no space left on device");
        e(29, "ESPIPE", "invalid seek");
        e(30, "EROFS", "read-only file system");
        e(31, "EMLINK", "too many links");
        e(32, "EPIPE", "broken pipe");
        e(33, "EDOM");
        e(34, "ERANGE", "result too large");
        e(35, "EDEADLK");
        e(36, "ENAMETOOLONG", "name too long");
        e(37, "ENOLCK");
        e(38, "ENOSYS", "function not implemented");
        e(39, "ENOTEMPTY", "directory not empty");
        e(40, "ELOOP", "too many symbolic links encountered");
        e(42, "ENOMSG");
        e(43, "EIDRM");
        e(44, "ECHRNG");
        e(45, "EL2NSYNC");
        e(46, "EL3HLT");
        e(47, "EL3RST");
        e(48, "ELNRNG");
        e(49, "EUNATCH", "protocol driver not attached");
        e(50, "ENOCSI");
        e(51, "EL2HLT");
        e(52, "EBADE");
        e(53, "EBADR");
        e(54, "EXFULL");
        e(55, "ENOANO");
        e(56, "EBADRQC");
        e(57, "EBADSLT");
        e(59, "EBFONT");
        e(60, "ENOSTR");
        e(61, "ENODATA", "no data available");
        e(62, "ETIME");
        e(63, "ENOSR");
        e(64, "ENONET", "machine is not on the network");
        e(65, "ENOPKG");
        e(66, "EREMOTE");
        e(67, "ENOLINK");
        e(68, "EADV");
        e(69, "ESRMNT");
        e(70, "ECOMM");
        e(71, "EPROTO", "protocol error");
        e(72, "EMULTIHOP");
        e(73, "EDOTDOT");
        e(74, "EBADMSG");
        e(75, "EOVERFLOW", "value too large for defined data type");
        e(76, "ENOTUNIQ");
        e(77, "EBADFD");
        e(78, "EREMCHG");
        e(79, "ELIBACC");
        e(80, "ELIBBAD");
        e(81, "ELIBSCN");
        e(82, "ELIBMAX");
        e(83, "ELIBEXEC");
        e(84, "EILSEQ", "illegal byte sequence");
        e(85, "ERESTART");
        e(86, "ESTRPIPE");
        e(87, "EUSERS");
        e(88, "ENOTSOCK", "socket operation on non-socket");
        e(89, "EDESTADDRREQ", "destination address required");
        e(90, "EMSGSIZE", "message too long");
        e(91, "EPROTOTYPE", "protocol wrong type for socket");
        e(92, "ENOPROTOOPT", "protocol not available");
        e(93, "EPROTONOSUPPORT", "protocol not supported");
        e(94, "ESOCKTNOSUPPORT", "socket type not supported");
        e(95, "ENOTSUP", "operation not supported on socket");
        e(96, "EPFNOSUPPORT");
        e(97, "EAFNOSUPPORT", "address family not supported");
        e(98, "EADDRINUSE", "address already in use");
        e(99, "EADDRNOTAVAIL", "address not available");
        e(100, "ENETDOWN", "network is down");
        e(101, "ENETUNREACH", "network is unreachable");
        e(102, "ENETRESET");
        e(103, "ECONNABORTED", "software caused connection abort");
        e(104, "ECONNRESET", "connection reset by peer");
        e(105, "ENOBUFS", "no buffer space available");
        e(106, "EISCONN", "socket is already connected");
        e(107, "ENOTCONN", "socket is not connected");
        e(108, "ESHUTDOWN", "cannot send after transport endpoint shutdown");
        e(109, "ETOOMANYREFS");
        e(110, "ETIMEDOUT", "connection timed out");
        e(111, "ECONNREFUSED", "connection refused");
        e(112, "EHOSTDOWN", "host is down");
        e(113, "EHOSTUNREACH", "host is unreachable");
        e(114, "EALREADY", "connection already in progress");
        e(115, "EINPROGRESS");
        e(116, "ESTALE");
        e(117, "EUCLEAN");
        e(118, "ENOTNAM");
        e(119, "ENAVAIL");
        e(120, "EISNAM");
        e(121, "EREMOTEIO", "remote I/O error");
        e(122, "EDQUOT");
        e(123, "ENOMEDIUM");
        e(124, "EMEDIUMTYPE");
        e(125, "ECANCELED", "operation canceled");
        e(126, "ENOKEY");
        e(127, "EKEYEXPIRED");
        e(128, "EKEYREVOKED");
        e(129, "EKEYREJECTED");
        e(130, "EOWNERDEAD");
        e(131, "ENOTRECOVERABLE");
        e(132, "ERFKILL");
        e(133, "EHWPOISON");
        // libuv's own codes (getaddrinfo, end of file, ...): no Linux number.
        e(3000, "EAI_ADDRFAMILY", "address family not supported");
        e(3001, "EAI_AGAIN", "temporary failure");
        e(3002, "EAI_BADFLAGS", "bad ai_flags value");
        e(3003, "EAI_CANCELED", "request canceled");
        e(3004, "EAI_FAIL", "permanent failure");
        e(3005, "EAI_FAMILY", "ai_family not supported");
        e(3006, "EAI_MEMORY", "out of memory");
        e(3007, "EAI_NODATA", "no address");
        e(3008, "EAI_NONAME", "unknown node or service");
        e(3009, "EAI_OVERFLOW", "argument buffer overflow");
        e(3010, "EAI_SERVICE", "service not available for socket type");
        e(3011, "EAI_SOCKTYPE", "socket type not supported");
        e(3013, "EAI_BADHINTS", "invalid value for hints");
        e(3014, "EAI_PROTOCOL", "resolved protocol is unknown");
        e(4028, "EFTYPE", "inappropriate file type or format");
        e(4080, "ECHARSET", "invalid Unicode character");
        e(4094, "UNKNOWN", "unknown error");
        e(4095, "EOF", "end of file");
        // Linux aliases: same number, second name (lookup by name only).
        BY_NAME.put("EWOULDBLOCK", 11);
        BY_NAME.put("EDEADLOCK", 35);
        BY_NAME.put("EOPNOTSUPP", 95);
    }

    /** Every entry, in number order. */
    public static List<Entry> table() {
        return List.copyOf(BY_NUMBER.values());
    }

    /** Name to number, aliases included (EWOULDBLOCK, EOPNOTSUPP, ...). */
    public static Map<String, Integer> numbers() {
        return Collections.unmodifiableMap(BY_NAME);
    }

    /** The entry for an errno, positive or negative; null when Linux has none. */
    public static Entry entry(int errno) {
        return BY_NUMBER.get(Math.abs(errno));
    }

    /** Number for a name ("ENOENT" gives 2), or 0 when unknown. */
    public static int number(String name) {
        return BY_NAME.getOrDefault(name, 0);
    }

    /** The Linux name ("EDOM"), or null. */
    public static String linuxName(int errno) {
        Entry e = entry(errno);
        return e == null ? null : e.name();
    }

    /** The code Node reports: the name when libuv knows it, else "Unknown system error -N". */
    public static String code(int errno) {
        Entry e = entry(errno);
        return e != null && e.known() ? e.name() : unknown(errno);
    }

    /** The message Node reports ("no such file or directory"). */
    public static String message(int errno) {
        Entry e = entry(errno);
        return e != null && e.known() ? e.message() : unknown(errno);
    }

    private static String unknown(int errno) {
        return "Unknown system error " + -Math.abs(errno);
    }
}
