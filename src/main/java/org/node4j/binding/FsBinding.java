package org.node4j.binding;

import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.Libc;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('fs'): the file system calls behind lib/fs.js. Each operation
 * runs either now ({@link #call}) or on the fs pool ({@link #callAsync}, Node's
 * libuv threadpool) with its result posted back to the loop. Arguments are
 * turned into Java values on the loop thread, so pool threads never touch JS.
 * Failures come back as -errno; lib/ builds Node's error objects from them.
 * Also the few direct helpers the module loader and stdio use.
 */
public final class FsBinding {
    private final Isolate isolate;

    FsBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    /** Run fs operation op with args (a JS array) now: its result, or -errno. */
    @Export
    public Object call(String op, Value args) {
        return run(FsOperations.prepare(op, args));
    }

    /**
     * Run op on the fs pool; oncomplete(result or -errno) runs on the loop in the
     * poll phase. The pending operation keeps the loop alive.
     */
    @Export
    public void callAsync(String op, Value args, Value oncomplete) {
        java.util.function.Supplier<Object> task = FsOperations.prepare(op, args);
        isolate.loop().beginRequest();
        FsPool.execute(() -> {
            Object result;
            try {
                result = run(task);
            } catch (RuntimeException | Error bug) {
                // Never leave the request pending (the loop would wait forever): report it as EIO.
                if (System.getenv("NODE4J_DEBUG") != null) bug.printStackTrace();
                result = new FsOperations.Failure(-5, op, null);
            }
            Object done = result;
            isolate.loop().complete(() -> isolate.callback(oncomplete, done));
        });
    }

    private static Object run(java.util.function.Supplier<Object> task) {
        try {
            Object result = task.get();
            // Bytes go to JS as a ByteBuffer: new ArrayBuffer(it) views them without a copy.
            return result instanceof byte[] bytes ? java.nio.ByteBuffer.wrap(bytes) : result;
        } catch (RuntimeException e) {
            FsOperations.Failure failure = FsOperations.failure(e);
            if (failure == null) throw e;
            return failure;
        }
    }

    /** Write the whole string as UTF-8; bytes written, or -errno. */
    @Export
    public long writeString(int fd, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Libc.writeFully(fd, bytes, 0, bytes.length);
    }

    /** Write length bytes of an ArrayBuffer from offset; bytes written, or -errno. */
    @Export
    public long writeBuffer(int fd, Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        return Libc.writeFully(fd, bytes, 0, length);
    }

    /** The file as a UTF-8 string, or null when it cannot be read (the loader reports why). */
    @Export
    public String readFileUtf8(String path) {
        try {
            // Invalid UTF-8 becomes U+FFFD, as node's readFileSync(path, 'utf8').
            return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path)), StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Everything readable from fd until EOF, as UTF-8 (a script piped to stdin). */
    @Export
    public String readAllFd(int fd) {
        if (fd != 0) throw new IllegalArgumentException("readAllFd supports stdin only");
        try {
            return new String(new java.io.FileInputStream(java.io.FileDescriptor.in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Node's internalModuleStat: 0 file, 1 directory, negative when missing. */
    @Export
    public int internalModuleStat(String path) {
        try {
            var p = java.nio.file.Path.of(path);
            if (java.nio.file.Files.isDirectory(p)) return 1;
            if (java.nio.file.Files.exists(p)) return 0;
            return -2;
        } catch (java.nio.file.InvalidPathException e) {
            return -2;
        }
    }

    /** The canonical path (symlinks resolved), or null if it does not exist. */
    @Export
    public String realpath(String path) {
        try {
            return java.nio.file.Path.of(path).toRealPath().toString();
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
