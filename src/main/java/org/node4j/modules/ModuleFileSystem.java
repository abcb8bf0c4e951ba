package org.node4j.modules;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.io.FileSystem;

/**
 * The only file system GraalJS sees, and only to load ES modules: the loader
 * (esm/loader.js) has already resolved every specifier to a path. Real files are
 * read with the {@link EsmSource} prelude (JSON files as they are); paths under
 * {@link #VIRTUAL_ROOT} are modules the loader generated: the facades that
 * present CommonJS modules and builtins to importers. Read-only.
 */
public final class ModuleFileSystem implements FileSystem {
    public static final String VIRTUAL_ROOT = "/node4j:/";
    private static final String MODULE_MIME = "application/javascript+module";
    private static final String JSON_MIME = "application/json";

    private final FileSystem disk = FileSystem.newDefaultFileSystem();
    private final Map<String, String> virtual = new ConcurrentHashMap<>();

    public void putVirtual(String path, String source) {
        virtual.put(path, source);
    }

    /** The generated source at path, or null. */
    public String virtualSource(String path) {
        return virtual.get(path);
    }

    public boolean hasVirtual(String path) {
        return virtual.containsKey(path);
    }

    private static boolean isVirtual(Path path) {
        return path.toString().startsWith(VIRTUAL_ROOT);
    }

    @Override
    public Path parsePath(URI uri) {
        return disk.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        return disk.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        if (isVirtual(path)) {
            if (!virtual.containsKey(path.toString())) throw new NoSuchFileException(path.toString());
            return;
        }
        disk.checkAccess(path, modes, options);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void delete(Path path) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        String name = path.toString();
        String text;
        if (isVirtual(path)) {
            text = virtual.get(name);
            if (text == null) throw new NoSuchFileException(name);
        } else if (name.endsWith(".json")) {
            return disk.newByteChannel(path, Set.of(java.nio.file.StandardOpenOption.READ));
        } else {
            text = EsmSource.read(path);
        }
        return new ReadOnlyChannel(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return disk.newDirectoryStream(dir, filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return disk.toAbsolutePath(path);
    }

    /** The loader hands out canonical paths already; asking again would undo --preserve-symlinks. */
    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        if (isVirtual(path)) return path;
        if (!java.nio.file.Files.exists(path)) throw new NoSuchFileException(path.toString());
        return path.toAbsolutePath().normalize();
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (isVirtual(path)) {
            String text = virtual.get(path.toString());
            if (text == null) throw new NoSuchFileException(path.toString());
            return Map.of("isRegularFile", true, "isDirectory", false, "isSymbolicLink", false, "isOther", false,
                    "size", (long) text.length());
        }
        return disk.readAttributes(path, attributes, options);
    }

    @Override
    public String getMimeType(Path path) {
        return path.toString().endsWith(".json") && !isVirtual(path) ? JSON_MIME : MODULE_MIME;
    }

    /** A byte array as the read-only channel the engine reads a module from. */
    private static final class ReadOnlyChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int position;
        private boolean open = true;

        ReadOnlyChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= bytes.length) return -1;
            int n = Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
