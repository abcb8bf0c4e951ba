package org.node4j.binding;

import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;
import org.node4j.posix.Libc;
import org.node4j.runtime.Isolate;

/**
 * internalBinding('fs'). For now what the module loader and stdio need; the
 * whole fs API comes with the fs issue. Failures return a negative errno, which
 * lib/ turns into Node's error objects.
 */
public final class FsBinding {
    FsBinding(Isolate isolate) {}

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
