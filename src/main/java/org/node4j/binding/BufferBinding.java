package org.node4j.binding;

/** internalBinding('buffer'): encoding and decoding of bytes for lib/buffer.js. */
public final class BufferBinding {
}
