package org.node4j.binding;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * internalBinding('buffer'): turns bytes into strings for lib/buffer.js.
 *
 * <p>Every method takes the bytes as a JS {@code ArrayBuffer} plus offset and
 * length: Java copies them out in one {@link Value#readBuffer} call. Writing into
 * a JS buffer from Java costs a host call per word, so the string-to-bytes
 * direction stays in JS; the codecs here are the intricate half (WHATWG UTF-8
 * replacement, base64) and the hot half (large decodes).
 *
 * <p>The static {@code byte[]} methods are the codecs themselves, tested in JUnit.
 */
public final class BufferBinding {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static byte[] read(Value buffer, int offset, int length) {
        byte[] bytes = new byte[length];
        if (length > 0) buffer.readBuffer(offset, bytes, 0, length);
        return bytes;
    }

    @Export
    public String utf8Slice(Value buffer, int offset, int length) {
        return utf8(read(buffer, offset, length));
    }

    @Export
    public String latin1Slice(Value buffer, int offset, int length) {
        return new String(read(buffer, offset, length), StandardCharsets.ISO_8859_1);
    }

    @Export
    public String asciiSlice(Value buffer, int offset, int length) {
        return ascii(read(buffer, offset, length));
    }

    @Export
    public String ucs2Slice(Value buffer, int offset, int length) {
        return ucs2(read(buffer, offset, length));
    }

    @Export
    public String hexSlice(Value buffer, int offset, int length) {
        return hex(read(buffer, offset, length));
    }

    @Export
    public String base64Slice(Value buffer, int offset, int length) {
        return Base64.getEncoder().encodeToString(read(buffer, offset, length));
    }

    @Export
    public String base64urlSlice(Value buffer, int offset, int length) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(read(buffer, offset, length));
    }

    /** Whether the bytes are well-formed UTF-8 (no replacement would happen). */
    @Export
    public boolean isUtf8(Value buffer, int offset, int length) {
        byte[] bytes = read(buffer, offset, length);
        return validUtf8Prefix(bytes, 0, bytes.length) == bytes.length;
    }

    @Export
    public boolean isAscii(Value buffer, int offset, int length) {
        byte[] bytes = read(buffer, offset, length);
        for (byte b : bytes) if (b < 0) return false;
        return true;
    }

    // ---- the codecs ----

    /** WHATWG UTF-8 decode: each maximal invalid subpart becomes one U+FFFD. */
    public static String utf8(byte[] bytes) {
        int valid = validUtf8Prefix(bytes, 0, bytes.length);
        if (valid == bytes.length) return new String(bytes, StandardCharsets.UTF_8);
        // The JDK's own replacement differs from WHATWG for surrogates and some
        // overlongs, so the invalid part is decoded here.
        StringBuilder out = new StringBuilder(bytes.length);
        out.append(new String(bytes, 0, valid, StandardCharsets.UTF_8));
        int i = valid;
        int n = bytes.length;
        while (i < n) {
            int c = bytes[i] & 0xff;
            if (c < 0x80) { out.append((char) c); i++; continue; }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            int cp;
            if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
            else if (c >= 0xe0 && c <= 0xef) {
                need = 2; cp = c & 0x0f;
                if (c == 0xe0) lo = 0xa0;
                if (c == 0xed) hi = 0x9f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3; cp = c & 0x07;
                if (c == 0xf0) lo = 0x90;
                if (c == 0xf4) hi = 0x8f;
            } else { out.append('\uFFFD'); i++; continue; }
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) { ok = false; break; }
                int cont = bytes[j] & 0xff;
                int min = k == 0 ? lo : 0x80;
                int max = k == 0 ? hi : 0xbf;
                if (cont < min || cont > max) { ok = false; break; }
                cp = (cp << 6) | (cont & 0x3f);
            }
            if (!ok) {
                // One U+FFFD for the maximal subpart; the offending byte starts over.
                out.append('\uFFFD');
                i = j;
                continue;
            }
            out.appendCodePoint(cp);
            i = j;
        }
        return out.toString();
    }

    public static String ascii(byte[] bytes) {
        byte[] copy = bytes;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                if (copy == bytes) copy = bytes.clone();
                copy[i] &= 0x7f;
            }
        }
        return new String(copy, StandardCharsets.ISO_8859_1);
    }

    public static String ucs2(byte[] bytes) {
        char[] chars = new char[bytes.length >> 1];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] & 0xff) << 8);
        }
        return new String(chars);
    }

    public static String hex(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = (byte) HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = (byte) HEX[bytes[i] & 0xf];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** Length of the longest prefix of bytes[from, to) that is well-formed UTF-8. */
    public static int validUtf8Prefix(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) { i++; continue; }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) need = 1;
            else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) lo = 0xa0;
                if (c == 0xed) hi = 0x9f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) lo = 0x90;
                if (c == 0xf4) hi = 0x8f;
            } else return i;
            if (i + need >= to) return i;
            int second = b[i + 1] & 0xff;
            if (second < lo || second > hi) return i;
            for (int k = 2; k <= need; k++) {
                int cont = b[i + k] & 0xff;
                if (cont < 0x80 || cont > 0xbf) return i;
            }
            i += need + 1;
        }
        return to;
    }
}
